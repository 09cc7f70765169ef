package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.Episode;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.model.Transition;
import io.cutroom.testing.TestMedia;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Burned-in subtitles as rendered, checked by pixel: speaker colours, the box, the safe area, top
 * and bottom, Chinese glyphs, and right-to-left text in the order Java2D (which implements the
 * Unicode bidirectional algorithm) draws it. The frames are kept in {@code target/burn-in} to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BurnInRenderTest {

    private static final Path DIR = Path.of("target/burn-in").toAbsolutePath();
    private static final int W = 960;
    private static final int H = 540;
    private static final Color GOLD = new Color(255, 215, 0, 255);
    private static final Color BLUE = new Color(0, 0, 255, 255);
    private static final String LONG = "This is a much longer subtitle that has to wrap onto a second line inside the safe area";
    private static final String CHINESE = "我们明天早上八点在车站见面";
    private static final String[] RTL = {"שלום עולם", "مرحبا بالعالم", "Hello שלום 123", "מחיר 25 ש״ח", "ابحث 2024 عن",
        "שלום (Anna) 42!"};

    private Preflight.Report styled;
    private Path styledVideo;
    private Preflight.Report rtl;
    private Path rtlVideo;

    /** One cue a second, the n-th from n s to n + 1 s. */
    private static Project project(SubtitleStyle style, List<String[]> cues) {
        List<SubtitleCue> subs = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            subs.add(new SubtitleCue(cues.get(i)[0], Rational.of(i), Rational.of(1), cues.get(i)[1]));
        }
        Card card = new Card("c", "", Rational.of(cues.size()), new Color(64, 64, 64, 255), Color.WHITE, Transition.CUT,
                List.of(), subs);
        return new Project(new Format(W, H, FrameRate.of(24), 48000), ".", new Style(style, null),
                List.of(new Episode("ep1", "", List.of(new Scene("s1", "INT. X", null, List.of(card))), List.of())));
    }

    private static Preflight.Report render(Project project, Path output) throws Exception {
        Preflight.Report report = Preflight.check(project, DIR, "ep1", new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()),
                true);
        assertThat(report.hasErrors()).as(report.problems().toString()).isFalse();
        Preset preset = Presets.bundled("preview-540p").withSubtitles(Preset.SubtitleMode.BURN);
        new Renderer(TestMedia.ffmpeg(), 1).run(Planner.plan(new Planner.Request(report.cut(), preset, report.media(),
                report.text(), output, DIR.resolve(output.getFileName() + ".work"))), Renderer.Listener.NONE);
        return report;
    }

    @BeforeAll
    void render() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")), "needs WenQuanYi");
        assumeTrue(Files.isRegularFile(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")), "needs DejaVu");
        Files.createDirectories(DIR);
        SubtitleStyle boxed = new SubtitleStyle(null, 0, Color.WHITE, Color.BLACK, 0, true, BLUE,
                SubtitleStyle.Position.BOTTOM, 0, 0.8, Map.of("ANNA", GOLD), 0, SubtitleStyle.DEFAULT_SHADOW_COLOR);
        styledVideo = DIR.resolve("styled.mp4");
        styled = render(project(boxed, List.of(new String[] {"Plain white words", null},
                new String[] {"Anna speaks in gold", "ANNA"}, new String[] {LONG, null},
                new String[] {CHINESE, null})), styledVideo);
        SubtitleStyle top = new SubtitleStyle(null, 0, Color.WHITE, Color.BLACK, 0, false, BLUE,
                SubtitleStyle.Position.TOP, 0);
        List<String[]> cues = new ArrayList<>();
        for (String t : RTL) {
            cues.add(new String[] {t, null});
        }
        rtlVideo = DIR.resolve("rtl.mp4");
        rtl = render(project(top, cues), rtlVideo);
    }

    /** The n-th cue's middle frame. */
    private static BufferedImage cue(Path video, int n) {
        return TextImages.frame(video, n * 24 + 12);
    }

    @Test
    void aSpeakersCueIsDrawnInTheSpeakersColour() {
        Rectangle all = new Rectangle(0, 0, W, H);
        BufferedImage plain = cue(styledVideo, 0);
        BufferedImage anna = cue(styledVideo, 1);

        assertThat(TextImages.count(anna, all, rgb -> TextImages.near(rgb, GOLD, 40))).isGreaterThan(200);
        assertThat(TextImages.count(anna, all, rgb -> TextImages.near(rgb, Color.WHITE, 30))).isLessThan(10);
        assertThat(TextImages.count(plain, all, rgb -> TextImages.near(rgb, Color.WHITE, 30))).isGreaterThan(400);
        assertThat(TextImages.count(plain, all, rgb -> TextImages.near(rgb, GOLD, 40))).isLessThan(10);
    }

    @Test
    void theBoxIsBehindTheTextAndTheTextIsInsideTheSafeAreaAtTheBottom() {
        BufferedImage frame = cue(styledVideo, 2);
        BurnIn.Area safe = BurnIn.safeArea(styled.cut().subtitleStyle(), W, H);
        BurnIn.Placement at = BurnIn.place(styled.cut().subtitleStyle(), W, H, styled.text(), LONG, null);
        Rectangle box = TextImages.bounds(frame, rgb -> TextImages.near(rgb, BLUE, 60));
        Rectangle text = TextImages.bounds(frame, rgb -> TextImages.luma(rgb) > 180);

        assertThat(safe).isEqualTo(new BurnIn.Area(96, 54, 768, 432));
        assertThat(at.lines()).hasSize(2);
        assertThat(text.height).isGreaterThan(at.lineHeight() + at.size() / 2);
        assertThat(box.contains(text)).as("box %s around text %s", box, text).isTrue();
        assertThat(TextImages.count(frame, box, rgb -> TextImages.near(rgb, BLUE, 60))).isGreaterThan(box.width * box.height / 2);
        assertThat(text.x).isGreaterThanOrEqualTo(safe.x());
        assertThat(text.x + text.width).isLessThanOrEqualTo(safe.x() + safe.width());
        int margin = styled.cut().subtitleStyle().marginFor(H);
        // the last line's descenders end at the margin (a pixel of antialiasing aside), inside the safe area
        assertThat(text.y + text.height).isBetween(safe.y() + safe.height() - margin - at.size() / 2,
                safe.y() + safe.height() - margin + 2);
    }

    @Test
    void atTheTopTheTextStartsTheMarginInsideTheSafeArea() {
        BufferedImage frame = cue(rtlVideo, 0);
        SubtitleStyle style = rtl.cut().subtitleStyle();
        BurnIn.Area safe = BurnIn.safeArea(style, W, H);
        Rectangle text = TextImages.bounds(frame, rgb -> TextImages.luma(rgb) > 180);

        assertThat(text.y).isBetween(safe.y() + style.marginFor(H), safe.y() + style.marginFor(H) + style.sizeFor(H) / 2);
    }

    @Test
    void chineseIsDrawnWithItsGlyphsNotBoxes() {
        BufferedImage frame = cue(styledVideo, 3);
        Path font = styled.text().fontFile();
        int size = styled.cut().subtitleStyle().sizeFor(H);

        assertThat(font.getFileName().toString()).isEqualTo("wqy-microhei.ttc");
        // tofu would look like neither; another text of as many characters looks unlike it
        assertThat(TextImages.similarity(frame, TextImages.java2d(font, size, CHINESE))).isGreaterThan(0.75);
        assertThat(TextImages.similarity(frame, TextImages.java2d(font, size, "天地玄黄宇宙洪荒日月盈昃辰"))).isLessThan(0.3);
    }

    /**
     * Hebrew, Arabic (joined), Latin words and numbers inside them, brackets: the render draws each
     * as Java2D does; drawtext given the text as stored draws it backwards.
     */
    @Test
    void rightToLeftTextIsDrawnInTheOrderJava2dDrawsIt() throws Exception {
        Path font = rtl.text().fontFile();
        int size = rtl.cut().subtitleStyle().sizeFor(H);
        for (int i = 0; i < RTL.length; i++) {
            BufferedImage frame = cue(rtlVideo, i);
            BufferedImage java = TextImages.java2d(font, size, RTL[i]);
            TextImages.write(java, DIR.resolve("java-" + i + ".png"));
            Path textFile = Files.writeString(DIR.resolve("as-stored-" + i + ".txt"), RTL[i]);
            Path asStored = DIR.resolve("as-stored-" + i + ".png");
            TestMedia.ffmpegStderr("-y", "-f", "lavfi", "-i", "color=c=black:s=" + W + "x" + H, "-vf",
                    "drawtext=fontfile=" + font + ":textfile=" + textFile + ":expansion=none:fontsize=" + size
                            + ":fontcolor=white:x=100:y=100", "-frames:v", "1", asStored.toString());
            double ours = TextImages.similarity(frame, java);
            double stored = TextImages.similarity(TextImages.read(asStored), java);

            assertThat(ours).as(RTL[i]).isGreaterThan(0.7);
            assertThat(stored).as(RTL[i] + " as stored").isLessThan(ours - 0.3);
        }
    }
}

package io.cutroom.ffmpeg;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bytedeco.javacpp.Loader;

/**
 * Where ffmpeg and ffprobe are and how to start them.
 *
 * @param ffmpeg      the ffmpeg executable
 * @param ffprobe     the ffprobe executable
 * @param environment variables to set on top of the inherited environment when starting either
 * @param origin      where it came from: {@code "bundled"}, {@code "CUTROOM_FFMPEG"} or {@code "--ffmpeg"}
 */
public record FFmpeg(Path ffmpeg, Path ffprobe, Map<String, String> environment, String origin) {

    public static final String BUNDLED = "bundled";
    public static final String ENV_VAR = "CUTROOM_FFMPEG";
    public static final String OPTION = "--ffmpeg";

    public FFmpeg {
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        Objects.requireNonNull(ffprobe, "ffprobe");
        Objects.requireNonNull(origin, "origin");
        environment = Map.copyOf(environment);
    }

    /** {@link #locate(Optional, Map)} with this process's environment. */
    public static FFmpeg locate(Optional<Path> override) throws FFmpegException {
        return locate(override, System.getenv());
    }

    /**
     * Finds ffmpeg: {@code override} (from {@code --ffmpeg}) wins, then the environment variable
     * {@code CUTROOM_FFMPEG}, then the build bundled with Cutroom (unpacked by JavaCPP into its
     * cache). The override and the variable name the ffmpeg executable or the folder holding it;
     * ffprobe is looked for beside it, then on {@code PATH}. For the bundled build the library
     * path variable ({@code LD_LIBRARY_PATH}, {@code DYLD_LIBRARY_PATH} on macOS, {@code PATH} on
     * Windows) is set to the executables' folder, so that they load their own libraries.
     *
     * @param env the environment to read {@code CUTROOM_FFMPEG} and {@code PATH} from
     * @throws FFmpegException naming the path and where it came from when an executable is missing
     *                         or cannot be run
     */
    public static FFmpeg locate(Optional<Path> override, Map<String, String> env) throws FFmpegException {
        if (override.isPresent()) {
            return external(override.get(), OPTION, env);
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path path;
            try {
                path = Path.of(fromEnv);
            } catch (InvalidPathException e) {
                throw new FFmpegException("'" + fromEnv + "' (given by " + ENV_VAR + ") is not a valid path");
            }
            return external(path, ENV_VAR, env);
        }
        return bundled(env);
    }

    /** The version ffmpeg reports, e.g. {@code 8.1.2} (or {@code N-12345-gabcdef} for a git build). */
    public String version() throws FFmpegException {
        String output = info("-version");
        String first = output.lines().findFirst().orElse("");
        String prefix = "ffmpeg version ";
        if (!first.startsWith(prefix)) {
            throw new FFmpegException(describe(ffmpeg) + " does not look like ffmpeg: -version printed '" + first + "'");
        }
        String rest = first.substring(prefix.length()).strip();
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }

    /** The names of the encoders this ffmpeg has, e.g. {@code libx264}, {@code aac}. */
    public Set<String> encoders() throws FFmpegException {
        return listedNames(info("-encoders"));
    }

    /** The names of the filters this ffmpeg has, e.g. {@code drawtext}, {@code loudnorm}. */
    public Set<String> filters() throws FFmpegException {
        return listedNames(info("-filters"));
    }

    /**
     * Runs ffprobe with {@code args} (after {@code -hide_banner}) and returns what it printed on
     * stdout, read as UTF-8.
     *
     * @throws FFmpegException when ffprobe cannot start or exits with an error (with its stderr)
     */
    public String runProbe(List<String> args) throws FFmpegException, InterruptedException {
        FFmpegProcess process = FFmpegProcess.startProbe(this, args);
        process.waitForSuccess();
        return process.stdout();
    }

    /** {@code /path/to/ffmpeg (bundled)}, {@code /x/ffmpeg (given by --ffmpeg)}: for messages. */
    String describe(Path executable) {
        return executable + (origin.equals(BUNDLED) ? " (bundled)" : " (given by " + origin + ")");
    }

    private String info(String option) throws FFmpegException {
        FFmpegProcess process = FFmpegProcess.startCapturing(this, List.of(option));
        try {
            process.waitForSuccess();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FFmpegException("interrupted while running " + describe(ffmpeg) + " " + option);
        }
        return process.stdout();
    }

    /** The second column of the rows after the {@code ------} line of {@code -encoders}/{@code -filters}. */
    private static Set<String> listedNames(String listing) {
        Set<String> names = new TreeSet<>();
        boolean rows = false;
        for (String line : listing.lines().toList()) {
            if (rows) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length >= 2) {
                    names.add(columns[1]);
                }
            } else if (line.strip().equals("------")) {
                rows = true;
            }
        }
        return names;
    }

    private static FFmpeg external(Path given, String origin, Map<String, String> env) throws FFmpegException {
        String how = " (given by " + origin + ")";
        Path ffmpeg = Files.isDirectory(given) ? given.resolve(executableName("ffmpeg")) : given;
        checkExecutable(ffmpeg, how);
        Path sibling = ffmpeg.resolveSibling(executableName("ffprobe"));
        Optional<Path> ffprobe = Files.isRegularFile(sibling) ? Optional.of(sibling) : onPath(env);
        if (ffprobe.isEmpty()) {
            throw new FFmpegException("ffprobe was not found beside " + ffmpeg + how + " nor on PATH");
        }
        checkExecutable(ffprobe.get(), how);
        return new FFmpeg(ffmpeg, ffprobe.get(), Map.of(), origin);
    }

    private static void checkExecutable(Path path, String how) throws FFmpegException {
        if (!Files.exists(path)) {
            throw new FFmpegException(path + how + " does not exist");
        }
        if (!Files.isRegularFile(path)) {
            throw new FFmpegException(path + how + " is not a file");
        }
        if (!Files.isExecutable(path)) {
            throw new FFmpegException(path + how + " is not executable");
        }
    }

    private static Optional<Path> onPath(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(dir, executableName("ffprobe"));
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                // an unusable PATH entry is skipped, as a shell would
            }
        }
        return Optional.empty();
    }

    private static FFmpeg bundled(Map<String, String> env) throws FFmpegException {
        String platform = Loader.getPlatform();
        Path ffmpeg;
        Path ffprobe;
        try {
            ffmpeg = Path.of(Objects.requireNonNull(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class)));
            ffprobe = Path.of(Objects.requireNonNull(Loader.load(org.bytedeco.ffmpeg.ffprobe.class)));
        } catch (LinkageError | RuntimeException e) {
            throw new FFmpegException("the bundled ffmpeg could not be unpacked for " + platform + " ("
                    + e.getMessage() + "); point " + ENV_VAR + " or " + OPTION + " at an ffmpeg executable", e);
        }
        String folder = ffmpeg.getParent().toString();
        Map<String, String> environment;
        if (platform.startsWith("windows")) {
            String path = env.getOrDefault("PATH", "");
            environment = Map.of("PATH", path.isEmpty() ? folder : folder + File.pathSeparator + path);
        } else if (platform.startsWith("macosx")) {
            environment = Map.of("DYLD_LIBRARY_PATH", folder);
        } else {
            environment = Map.of("LD_LIBRARY_PATH", folder);
        }
        return new FFmpeg(ffmpeg, ffprobe, environment, BUNDLED);
    }

    private static String executableName(String tool) {
        return Loader.getPlatform().startsWith("windows") ? tool + ".exe" : tool;
    }
}

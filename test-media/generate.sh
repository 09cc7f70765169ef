#!/usr/bin/env bash
# Recreates every media file of the example episode in test-media/example/media/.
#
#   bash test-media/generate.sh
#
# Needs: bash, the FFmpeg that Cutroom bundles (JavaCV's linux-x86_64-gpl build: found in $FFMPEG,
# the JavaCPP cache or the Maven repository), espeak-ng (apt-get install -y espeak-ng) for the
# dialogue voices and the DejaVu fonts for the labels. Only this script needs them: the generated
# files are committed.
#
# The clips imitate what AI video generators hand a filmmaker: every shot is drawn by a different
# lavfi source and carries a big label (shot id, take, what it stands for, its size, rate, frame
# number and time), and the clips disagree on frame rate, size, aspect, rotation, bit depth, codec
# and audio on purpose. Output is deterministic: fixed seeds, single-threaded encoders, bitexact
# muxing and no metadata, so a rerun on the same FFmpeg build gives the same bytes.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MEDIA=$HERE/example/media
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
FFMPEG_VERSION=8.1.2-1.5.14

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

die() {
    echo "generate.sh: $*" >&2
    exit 1
}

# --- tools -----------------------------------------------------------------------------------

find_ffmpeg() {
    if [[ -n ${FFMPEG:-} ]]; then
        [[ -x $FFMPEG ]] || die "\$FFMPEG ($FFMPEG) is not an executable"
        echo "$FFMPEG"
        return
    fi
    local cached
    for cached in "$HOME"/.javacpp/cache/ffmpeg-*-gpl.jar/org/bytedeco/ffmpeg/*/ffmpeg; do
        if [[ -x $cached ]]; then
            echo "$cached"
            return
        fi
    done
    local jar=$HOME/.m2/repository/org/bytedeco/ffmpeg/$FFMPEG_VERSION/ffmpeg-$FFMPEG_VERSION-linux-x86_64-gpl.jar
    [[ -f $jar ]] || die "no FFmpeg found: set \$FFMPEG, or build Cutroom once (mvn -q -B test) so that $jar exists"
    unzip -q -o "$jar" 'org/bytedeco/ffmpeg/linux-x86_64-gpl/*' -d "$WORK/natives" >&2
    chmod +x "$WORK"/natives/org/bytedeco/ffmpeg/linux-x86_64-gpl/ff*
    echo "$WORK/natives/org/bytedeco/ffmpeg/linux-x86_64-gpl/ffmpeg"
}

FF=$(find_ffmpeg)
FP=$(dirname "$FF")/ffprobe
[[ -x $FP ]] || die "no ffprobe next to $FF"
export LD_LIBRARY_PATH=$(dirname "$FF")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
command -v espeak-ng >/dev/null || die "espeak-ng is missing: apt-get install -y espeak-ng"
[[ -f $FONT ]] || die "font $FONT is missing: apt-get install -y fonts-dejavu-core"
echo "ffmpeg: $FF" >&2

ff() {
    "$FF" -hide_banner -nostdin -loglevel error -y "$@"
}

# Written into every file: no tags, no encoder strings, no creation times.
CLEAN=(-map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact)

h264() { # h264 BITRATE
    echo -c:v libx264 -preset medium -profile:v high -threads 1 -b:v "$1" -maxrate "$1" -bufsize "$1" -pix_fmt yuv420p
}
AAC_STEREO=(-c:a aac -b:a 48k -ac 2)
AAC_MONO=(-c:a aac -b:a 32k -ac 1)

# --- clips -----------------------------------------------------------------------------------

# clip FILE SECONDS SIZE TITLE SHOT WHAT TECH PICTURE POST AUDIO [OUTPUT OPTIONS...]
#   FILE     path under media/clips
#   SIZE     WxH of PICTURE, the picture as it should be seen (labels are sized from it)
#   TITLE    big label, e.g. "s1-a · take 2"; SHOT and WHAT: the smaller lines below it
#   TECH     the technical line; " · frame N · hh:mm:ss.mmm" is appended
#   PICTURE  lavfi graph that makes the picture at its rate
#   POST     filters after the labels (squeeze, bit depth, frame drops) or "null"
#   AUDIO    lavfi graph for the sound, or "-" for a clip without an audio stream
clip() {
    local file=$1 seconds=$2 size=$3 title=$4 shot=$5 what=$6 tech=$7 picture=$8 post=$9 audio=${10}
    shift 10
    local w=${size%x*} h=${size#*x}
    local big=$((h / 7 < w / 9 ? h / 7 : w / 9))
    local dir=$WORK/labels/${file//\//_}
    mkdir -p "$dir" "$MEDIA/clips"
    printf '%s' "$title" >"$dir/title"
    printf '%s' "$shot" >"$dir/shot"
    printf '%s' "$what" >"$dir/what"
    printf '%s' "$tech" >"$dir/tech"
    printf 'frame %%{frame_num} ·%%{pts:hms}' >"$dir/counter"
    local text="fontfile=$FONT:fontcolor=white:borderw=$((big / 24 + 1)):bordercolor=black:x=(w-tw)/2"
    local labels="drawbox=x=0:y=ih*0.22-$((big / 5)):w=iw:h=$((big * 5 / 2)):color=black@0.45:t=fill"
    labels+=",drawtext=$text:textfile=$dir/title:expansion=none:fontsize=$big:y=h*0.22"
    labels+=",drawtext=$text:textfile=$dir/shot:expansion=none:fontsize=$((big * 2 / 5)):y=h*0.22+$((big * 13 / 10))"
    labels+=",drawtext=$text:textfile=$dir/what:expansion=none:fontsize=$((big * 7 / 20)):y=h*0.22+$((big * 19 / 10))"
    # the technical lines get smaller where a long text would not fit the width
    local small=$((big * 3 / 10)) fit=$((w * 10 / 7 / (${#tech} + 2)))
    small=$((fit < small ? fit : small))
    local box="fontfile=$FONT:fontcolor=yellow:box=1:boxcolor=black@0.8:boxborderw=$((small / 3)):x=(w-tw)/2:fontsize=$small"
    labels+=",drawtext=$box:textfile=$dir/tech:expansion=none:y=h*0.88-$((small * 3))"
    labels+=",drawtext=$box:textfile=$dir/counter:y=h*0.88-$((small * 3 / 2))"
    local inputs=(-f lavfi -i "$picture,$labels,$post")
    local maps=(-map 0:v)
    if [[ $audio != - ]]; then
        inputs+=(-f lavfi -i "$audio")
        maps+=(-map 1:a)
    fi
    ff "${inputs[@]}" "${maps[@]}" -t "$seconds" "$@" "${CLEAN[@]}" "$MEDIA/clips/$file"
    echo "  clips/$file" >&2
}

# Ambiences, one per location; every noise has its own seed.
sea() { # sea SEED: brown-noise surf, 48 kHz stereo
    echo "anoisesrc=r=48000:color=brown:amplitude=0.5:seed=$1,lowpass=f=700,tremolo=f=0.2:d=0.6,aformat=channel_layouts=stereo"
}
stairwell() { # stairwell SEED: hollow room tone, 44.1 kHz stereo
    echo "anoisesrc=r=44100:color=pink:amplitude=0.7:seed=$1,bandpass=f=300:width_type=o:w=2,aecho=0.8:0.6:90:0.4,aformat=channel_layouts=stereo"
}
lamp() { # lamp: transformer hum, 48 kHz stereo
    echo "aevalsrc=exprs='0.15*sin(2*PI*100*t)+0.06*sin(2*PI*150*t)+0.03*sin(2*PI*250*t)|0.14*sin(2*PI*100*t+0.3)+0.05*sin(2*PI*150*t)':s=48000"
}
radio() { # radio SEED: shortwave static, 44.1 kHz mono
    echo "anoisesrc=r=44100:color=white:amplitude=0.12:seed=$1,bandpass=f=1800:width_type=o:w=1.5,tremolo=f=3:d=0.5,aformat=channel_layouts=mono"
}
wind() { # wind SEED: 44.1 kHz stereo
    echo "anoisesrc=r=44100:color=pink:amplitude=0.3:seed=$1,lowpass=f=500,tremolo=f=0.15:d=0.8,aformat=channel_layouts=stereo"
}

echo "clips:" >&2
rm -rf "$MEDIA"
mkdir -p "$MEDIA/clips" "$MEDIA/dialogue" "$MEDIA/music"

# Scene 1: EXT. HARBOUR - DAWN
clip s1a_t1.mp4 5 1280x720 "s1-a · take 1" "Scene 1 · Shot A" "Harbour at dawn, wide" "1280x720 · 24 fps" \
    "gradients=s=1280x720:r=24:c0=0x1b3a6b:c1=0xf29e4c:c2=0x2b1a3a:nb_colors=3:speed=0.02:seed=11" null "$(sea 101)" \
    $(h264 140k) "${AAC_STEREO[@]}"
clip s1a_t2.mp4 6 1280x720 "s1-a · take 2" "Scene 1 · Shot A" "Harbour at dawn, wide" "1280x720 · 24 fps" \
    "gradients=s=1280x720:r=24:c0=0x24507a:c1=0xffb46b:c2=0x4a2848:nb_colors=3:speed=0.015:seed=12" null "$(sea 102)" \
    $(h264 140k) "${AAC_STEREO[@]}"
clip s1b_t1.mp4 5 720x1280 "s1-b · take 1" "Scene 1 · Shot B" "Mara on the pier (vertical)" "720x1280 · 30 fps" \
    "mandelbrot=s=720x1280:r=30:maxiter=256:start_scale=2.5:end_scale=0.5:end_pts=400" null - \
    $(h264 160k)
clip s1c_t1.mp4 4 768x768 "s1-c · take 1" "Scene 1 · Shot C" "The lighthouse (square)" "768x768 · 24 fps" \
    "life=s=96x96:r=6:seed=21:ratio=0.12:mold=8:life_color=0xa8d0f0:death_color=0x284a6a:mold_color=0x3a6f99,scale=768:768:flags=neighbor,fps=24" null - \
    $(h264 170k)
clip s1c_t2.mp4 5 768x768 "s1-c · take 2" "Scene 1 · Shot C" "The lighthouse (square)" "768x768 · 24 fps" \
    "life=s=96x96:r=6:seed=22:ratio=0.12:mold=8:life_color=0xe8c898:death_color=0x4a3420:mold_color=0x8a5a30,scale=768:768:flags=neighbor,fps=24" null - \
    $(h264 170k)

# Scene 2: INT. LIGHTHOUSE - STAIRWELL - DAY
for take in 1 2 3; do
    seconds=$((take == 3 ? 4 : 5))
    clip "s2a_t$take.mp4" "$seconds" 960x540 "s2-a · take $take" "Scene 2 · Shot A" "The spiral stairs" "960x540 · 25 fps" \
        "testsrc2=s=960x540:r=25,hue=h=$((take * 110))" null "$(stairwell $((200 + take)))" \
        $(h264 140k) "${AAC_STEREO[@]}"
done
# Anamorphic: drawn as 640x360, squeezed into 480x360 and flagged with a 4:3 sample aspect ratio.
clip s2b_t1.mov 4 640x360 "s2-b · take 1" "Scene 2 · Shot B" "Old photograph (anamorphic)" "480x360 SAR 4:3 → 16:9 · 24 fps" \
    "cellauto=s=80x45:r=6:rule=110:seed=31:random_fill_ratio=0.5,scale=640:360:flags=neighbor,fps=24,eq=contrast=0.35:brightness=0.1,colorchannelmixer=rr=0.9:gg=0.75:bb=0.5" \
    "scale=480:360,setsar=4/3" - \
    $(h264 120k)
# Rotation: drawn upright as 360x640, stored turned clockwise as 640x360 with a display matrix
# that turns it back (as a phone records a portrait video).
clip s2c_t1.tmp.mp4 5 360x640 "s2-c · take 1" "Scene 2 · Shot C" "Theo's phone (rotated 90°)" "640x360 + rotate 90 · 30 fps" \
    "colorchart=r=30:patch_size=60x64:preset=reference,scale=360:640,setsar=1,hue=H=PI*t/5" "transpose=clock" - \
    $(h264 120k)
ff -display_rotation 90 -i "$MEDIA/clips/s2c_t1.tmp.mp4" -map 0 -c copy "${CLEAN[@]}" "$MEDIA/clips/s2c_t1.mp4"
rm "$MEDIA/clips/s2c_t1.tmp.mp4"
clip s2c_t2.mp4 4 640x360 "s2-c · take 2" "Scene 2 · Shot C" "Theo's phone (landscape)" "640x360 · 30 fps" \
    "colorchart=r=30:patch_size=106x90:preset=skintones,scale=640:360,setsar=1,hue=H=-PI*t/5" null - \
    $(h264 120k)
# 10-bit HEVC: a slow gradient, where 8 bits would band.
clip s2e_t1.mp4 5 1280x720 "s2-e · take 1" "Scene 2 · Shot E" "The keeper's log (10-bit)" "1280x720 · 24 fps · HEVC 10-bit" \
    "gradients=s=1280x720:r=24:c0=0x3b2a1a:c1=0x6b4f2f:c2=0x201510:nb_colors=3:speed=0.01:seed=51" "format=yuv420p10le" - \
    -c:v libx265 -preset fast -b:v 150k -pix_fmt yuv420p10le -tag:v hvc1 \
    -x265-params "pools=1:frame-threads=1:wpp=0:log-level=error"

# Scene 3: INT. LIGHTHOUSE - LAMP ROOM - NIGHT
for take in 1 2; do
    clip "s3a_t$take.mp4" $((take == 1 ? 5 : 4)) 1280x720 "s3-a · take $take" "Scene 3 · Shot A" "The lamp" "1280x720 · 60 fps" \
        "gradients=s=1280x720:r=60:c0=0xffd27a:c1=0x3a2008:c2=0x000000:nb_colors=3:type=spiral:speed=0.0$((take + 2)):seed=$((90 + take))" null "$(lamp)" \
        $(h264 200k) "${AAC_STEREO[@]}"
done
# Variable frame rate: 30 fps for a second, then 15, then 10, then 6 (what some generators and phones write).
clip s3b_t1.mp4 4 960x540 "s3-b · take 1" "Scene 3 · Shot B" "Dust in the beam (VFR)" "960x540 · variable frame rate" \
    "life=s=120x68:r=10:seed=61:ratio=0.1:mold=20:life_color=0xfff2c0:death_color=0x101018:mold_color=0x605030,scale=960:540:flags=neighbor,setsar=1,fps=30" \
    "select='lt(t,1)+between(t,1,2)*not(mod(n,2))+between(t,2.001,3)*not(mod(n,3))+gt(t,3)*not(mod(n,5))'" - \
    -fps_mode vfr -video_track_timescale 30000 $(h264 120k) -bf 0
for take in 1 2; do
    clip "s3c_t$take.mp4" 5 640x480 "s3-c · take $take" "Scene 3 · Shot C" "The radio (4:3)" "640x480 · 29.97 fps" \
        "smptebars=s=640x480:r=30000/1001,hue=s=$((take - 1)).6" null "$(radio $((300 + take)))" \
        $(h264 90k) "${AAC_MONO[@]}"
done

# Scene 4: EXT. CLIFF PATH - NIGHT
clip s4a_t1.webm 4 1280x720 "s4-a · take 1" "Scene 4 · Shot A" "The beam over the sea (VP9)" "1280x720 · 30 fps · VP9" \
    "gradients=s=1280x720:r=30:c0=0x050a20:c1=0x2a4a8a:c2=0xe0e8ff:nb_colors=3:speed=0.04:type=radial:seed=71" null - \
    -c:v libvpx-vp9 -b:v 150k -deadline good -cpu-used 4 -threads 1 -row-mt 0 -tile-columns 0 -pix_fmt yuv420p
clip s4a_t2.mp4 5 1280x720 "s4-a · take 2" "Scene 4 · Shot A" "The beam over the sea" "1280x720 · 30 fps" \
    "gradients=s=1280x720:r=30:c0=0x0a0f2a:c1=0x3a5aa0:c2=0xf0f4ff:nb_colors=3:speed=0.05:type=radial:seed=72" null - \
    $(h264 150k)
SVT_LOG=1 clip s4b_t1.mp4 4 960x540 "s4-b · take 1" "Scene 4 · Shot B" "Ship lights on the horizon (AV1)" "960x540 · 24 fps · AV1" \
    "colorspectrum=s=960x540:r=24:type=all,hue=H=2*PI*t/8:s=0.5,eq=brightness=-0.2" null - \
    -c:v libsvtav1 -preset 8 -b:v 120k -pix_fmt yuv420p -svtav1-params "lp=1"
clip s4c_t1.mp4 6 1280x720 "s4-c · take 1" "Scene 4 · Shot C" "Sunrise on the cliff path" "1280x720 · 25 fps" \
    "gradients=s=1280x720:r=25:c0=0xfff1d0:c1=0xf7a35c:c2=0x6a8fbf:nb_colors=3:speed=0.02:seed=81" null "$(wind 401)" \
    $(h264 140k) "${AAC_STEREO[@]}"

# --- dialogue --------------------------------------------------------------------------------

MARA=(-v en-us+f3 -p 62 -s 150)
THEO=(-v en-gb+m3 -p 30 -s 140)

line() { # line FILE VOICE... -- TEXT
    local file=$1
    shift
    local voice=()
    while [[ $1 != -- ]]; do
        voice+=("$1")
        shift
    done
    espeak-ng "${voice[@]}" -w "$WORK/line.wav" "$2"
    ff -i "$WORK/line.wav" -af aresample=48000 -ac 1 -c:a aac -b:a 32k "${CLEAN[@]}" "$MEDIA/dialogue/$file"
    echo "  dialogue/$file" >&2
}

echo "dialogue:" >&2
line 01_mara_light.m4a "${MARA[@]}" -- "The light went out three nights ago."
line 02_theo_stairs.m4a "${THEO[@]}" -- "Nobody has climbed those stairs in years."
line 03_mara_first.m4a "${MARA[@]}" -- "Then I'll be the first."
line 04_theo_late.m4a "${THEO[@]}" -- "It's three o'clock, isn't it? We're late."
line 05_mara_log.m4a "${MARA[@]}" -- "The log just says: keep it burning."
line 06_mara_warm.m4a "${MARA[@]}" -- "Someone has been here. The lamp is still warm."
line 07_theo_radio.m4a "${THEO[@]}" -- "Listen. The radio. The ships are calling."
line 08_theo_home.m4a "${THEO[@]}" -- "Welcome home, keeper."

# --- music -----------------------------------------------------------------------------------

# A 72 s pad: Am - F - C - G, a chord every 8 s. Chord k sounds from 8k-1 to 8k+9 s, swelling in
# and out over 2 s, so neighbours overlap; even chords play in one voice slot, odd ones in the other,
# and a slot only changes its notes while it is silent. A slow tremolo, a bass an octave below and
# the right channel detuned a little for width.
chord() { # chord REGISTER Am F C G: the frequency of the chord whose index (0..3) is in REGISTER
    echo "if(eq(ld($1)\\,0)\\,$2\\,if(eq(ld($1)\\,1)\\,$3\\,if(eq(ld($1)\\,2)\\,$4\\,$5)))"
}
voices() { # voices REGISTER DETUNE: the chord in REGISTER, as three notes and a bass
    local r=$1 d=$2
    echo "0.12*sin(2*PI*($(chord "$r" 220 174.61 196 196)+$d)*t)+0.1*sin(2*PI*($(chord "$r" 261.63 220 261.63 246.94)+$d)*t)+0.08*sin(2*PI*($(chord "$r" 329.63 261.63 329.63 293.66)+$d)*t)+0.1*sin(2*PI*$(chord "$r" 110 87.31 130.81 98)*t)"
}
swell() { # swell REGISTER: 0..1, rising over the first 2 s of the 10 s window and falling over the last 2
    echo "clip(min(ld($1)/2\\,(10-ld($1))/2)\\,0\\,1)"
}
pad() { # pad DETUNE
    local slots="st(0\\,mod(2*floor((t+1)/16)+4\\,4))\\;st(1\\,mod(t+1\\,16))\\;"
    slots+="st(2\\,mod(2*floor((t+9)/16)+3\\,4))\\;st(3\\,mod(t+9\\,16))\\;"
    echo "$slots(0.8+0.2*sin(2*PI*0.25*t))*($(swell 1)*($(voices 0 "$1"))+$(swell 3)*($(voices 2 "$1")))"
}
echo "music:" >&2
ff -f lavfi -i "aevalsrc=exprs=$(pad 0)|$(pad 0.4):s=48000:d=72,lowpass=f=1800,aecho=0.8:0.5:70|140:0.3|0.2,afade=t=in:d=3,afade=t=out:st=67:d=5,volume=8dB" \
    -c:a aac -b:a 40k "${CLEAN[@]}" "$MEDIA/music/harbour_theme.m4a"
echo "  music/harbour_theme.m4a" >&2

# --- summary ---------------------------------------------------------------------------------

echo >&2
(cd "$MEDIA" && find . -type f | sort | while read -r f; do
    printf '%-32s %7s  ' "${f#./}" "$(du -k "$f" | cut -f1)K"
    "$FP" -v error -show_entries format=duration:stream=codec_name,width,height,sample_aspect_ratio,pix_fmt,r_frame_rate,avg_frame_rate,sample_rate,channels:stream_side_data=rotation \
        -of compact=p=0:nk=0 "$f" | tr '\n' ' '
    echo
done) >&2
du -sh "$MEDIA" >&2

#!/usr/bin/env python3
"""Writes the local media provider's HLS test stream without ffmpeg (none on the build machine):
H.264 Baseline intra frames made of I_PCM macroblocks (raw samples, no transform), muxed into
MPEG-TS segments, and a VOD playlist. A bar sweeps across a colour gradient, with a frame
counter strip, so a player visibly plays it.

    python3 tools/make-test-stream.py web-module/src/main/webapp/media/test-stream

Checked with ffmpeg where it is installed: `ffmpeg -v error -i index.m3u8 -f null -` decodes all
48 frames without an error; ffprobe reads h264 Constrained Baseline 128x64, 8 fps, 6.0 s.
"""
import os
import sys

WIDTH, HEIGHT = 128, 64          # multiples of 16: whole macroblocks
FPS = 8
SEGMENT_SECONDS = 2
SEGMENTS = 3
VIDEO_PID, PMT_PID = 0x100, 0x1000


class Bits:
    def __init__(self):
        self.bits = []

    def u(self, n, value):
        self.bits += [(value >> (n - 1 - i)) & 1 for i in range(n)]

    def ue(self, value):
        value += 1
        n = value.bit_length()
        self.u(n - 1, 0)
        self.u(n, value)

    def se(self, value):
        self.ue(2 * value - 1 if value > 0 else -2 * value)

    def align_zero(self):
        while len(self.bits) % 8:
            self.bits.append(0)

    def trailing(self):
        self.bits.append(1)
        self.align_zero()

    def bytes(self):
        return bytes(int("".join(map(str, self.bits[i:i + 8])), 2) for i in range(0, len(self.bits), 8))


def nal(ref_idc, nal_type, rbsp):
    out, zeros = bytearray(), 0
    for b in rbsp:  # emulation prevention
        if zeros >= 2 and b <= 3:
            out.append(3)
            zeros = 0
        out.append(b)
        zeros = zeros + 1 if b == 0 else 0
    return b"\x00\x00\x00\x01" + bytes([(ref_idc << 5) | nal_type]) + bytes(out)


def sps():
    b = Bits()
    b.u(8, 66); b.u(8, 0xC0); b.u(8, 30)       # Baseline, constrained, level 3.0
    b.ue(0)                                     # seq_parameter_set_id
    b.ue(0)                                     # log2_max_frame_num_minus4
    b.ue(2)                                     # pic_order_cnt_type
    b.ue(1)                                     # max_num_ref_frames
    b.u(1, 0)                                   # gaps_in_frame_num_value_allowed_flag
    b.ue(WIDTH // 16 - 1); b.ue(HEIGHT // 16 - 1)
    b.u(1, 1); b.u(1, 1); b.u(1, 0); b.u(1, 0)  # frame_mbs_only, direct_8x8, no cropping, no VUI
    b.trailing()
    return nal(3, 7, b.bytes())


def pps():
    b = Bits()
    b.ue(0); b.ue(0)                            # pps id, sps id
    b.u(1, 0); b.u(1, 0)                        # CAVLC, bottom_field_pic_order
    b.ue(0); b.ue(0); b.ue(0)                   # slice groups, ref idx l0/l1
    b.u(1, 0); b.u(2, 0)                        # weighted pred / bipred
    b.se(0); b.se(0); b.se(0)                   # qp, qs, chroma qp offset
    b.u(1, 1); b.u(1, 0); b.u(1, 0)             # deblocking control present, constrained intra, redundant pic cnt
    b.trailing()
    return nal(3, 8, b.bytes())


def picture(frame):
    """Luma and chroma planes: a gradient, a sweeping bar, a strip of lit blocks counting frames."""
    bar = (frame * 4) % WIDTH
    luma = [[min(235, max(16, 40 + x + y if abs(x - bar) > 3 else 235))
             for x in range(WIDTH)] for y in range(HEIGHT)]
    for i in range(8):  # binary frame counter along the bottom
        value = 235 if (frame >> i) & 1 else 16
        for y in range(HEIGHT - 6, HEIGHT):
            for x in range(i * 16 + 2, i * 16 + 14):
                luma[y][x] = value
    cb = [[max(16, min(240, 90 + x)) for x in range(WIDTH // 2)] for _ in range(HEIGHT // 2)]
    cr = [[max(16, min(240, 170 - y * 2)) for _ in range(WIDTH // 2)] for y in range(HEIGHT // 2)]
    return luma, cb, cr


def idr_slice(frame):
    luma, cb, cr = picture(frame)
    b = Bits()
    b.ue(0); b.ue(7); b.ue(0)                   # first_mb, slice_type I (all), pps id
    b.u(4, 0)                                   # frame_num
    b.ue(frame % 2)                             # idr_pic_id differs between neighbours
    b.u(1, 0); b.u(1, 0)                        # dec_ref_pic_marking: no_output_of_prior_pics, long_term_reference
    b.se(0)                                     # slice_qp_delta
    b.ue(1)                                     # disable_deblocking_filter_idc
    for mby in range(HEIGHT // 16):
        for mbx in range(WIDTH // 16):
            b.ue(25)                            # mb_type I_PCM
            b.align_zero()
            for y in range(16):
                for x in range(16):
                    b.u(8, luma[mby * 16 + y][mbx * 16 + x])
            for plane in (cb, cr):
                for y in range(8):
                    for x in range(8):
                        b.u(8, plane[mby * 8 + y][mbx * 8 + x])
    b.trailing()
    return nal(3, 5, b.bytes())


def crc32_mpeg(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) & 0xFFFFFFFF if crc & 0x80000000 else (crc << 1) & 0xFFFFFFFF
    return crc.to_bytes(4, "big")


def section(table_id, table_id_ext, body):
    head = bytes([table_id, 0xB0 | ((len(body) + 9) >> 8), (len(body) + 9) & 0xFF,
                  table_id_ext >> 8, table_id_ext & 0xFF, 0xC1, 0, 0])
    return head + body + crc32_mpeg(head + body)


def psi_packet(pid, table, counter):
    payload = b"\x00" + table
    return bytes([0x47, 0x40 | (pid >> 8), pid & 0xFF, 0x10 | counter]) + payload + b"\xff" * (184 - len(payload))


def pes_packets(payload, pts, counter):
    pts_bytes = bytes([0x21 | ((pts >> 29) & 0x0E), (pts >> 22) & 0xFF, 0x01 | ((pts >> 14) & 0xFE),
                       (pts >> 7) & 0xFF, 0x01 | ((pts << 1) & 0xFE)])
    data = b"\x00\x00\x01\xe0\x00\x00\x80\x80\x05" + pts_bytes + payload
    packets, first = [], True
    pcr = pts - 9000
    while data:
        adaptation = b""
        if first:
            adaptation = bytes([0x50, (pcr >> 25) & 0xFF, (pcr >> 17) & 0xFF, (pcr >> 9) & 0xFF,
                                (pcr >> 1) & 0xFF, ((pcr & 1) << 7) | 0x7E, 0])
        room = 184 - (len(adaptation) + 1 if adaptation else 0)
        if len(data) < room:  # stuffing in the adaptation field
            flags = adaptation[:1] if adaptation else b"\x00"
            rest = adaptation[1:] if adaptation else b""
            fill = 184 - len(data) - 1 - 1 - len(rest)
            adaptation = flags + rest + b"\xff" * fill
            room = len(data)
        chunk, data = data[:room], data[room:]
        header = bytes([0x47, (0x40 if first else 0) | (VIDEO_PID >> 8), VIDEO_PID & 0xFF,
                        (0x30 if adaptation else 0x10) | counter])
        body = (bytes([len(adaptation)]) + adaptation if adaptation else b"") + chunk
        packets.append(header + body)
        counter, first = (counter + 1) % 16, False
    assert all(len(p) == 188 for p in packets)
    return packets, counter


def main(out):
    os.makedirs(out, exist_ok=True)
    pat = section(0x00, 1, bytes([0, 1, 0xE0 | (PMT_PID >> 8), PMT_PID & 0xFF]))
    pmt = section(0x02, 1, bytes([0xE0 | (VIDEO_PID >> 8), VIDEO_PID & 0xFF, 0xF0, 0,
                                  0x1B, 0xE0 | (VIDEO_PID >> 8), VIDEO_PID & 0xFF, 0xF0, 0]))
    headers = sps() + pps()
    counter, frame = 0, 0
    playlist = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:%d" % SEGMENT_SECONDS,
                "#EXT-X-MEDIA-SEQUENCE:0", "#EXT-X-PLAYLIST-TYPE:VOD"]
    for segment in range(SEGMENTS):
        packets = [psi_packet(0, pat, segment % 16), psi_packet(PMT_PID, pmt, segment % 16)]
        for _ in range(FPS * SEGMENT_SECONDS):
            access_unit = b"\x00\x00\x00\x01\x09\xf0" + headers + idr_slice(frame)
            pes, counter = pes_packets(access_unit, 126000 + frame * 90000 // FPS, counter)
            packets += pes
            frame += 1
        name = "segment%d.ts" % segment
        with open(os.path.join(out, name), "wb") as f:
            f.write(b"".join(packets))
        playlist += ["#EXTINF:%.3f," % SEGMENT_SECONDS, name]
    playlist.append("#EXT-X-ENDLIST")
    with open(os.path.join(out, "index.m3u8"), "w") as f:
        f.write("\n".join(playlist) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])

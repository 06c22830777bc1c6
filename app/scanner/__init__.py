"""Qt-free QR scanning: decode camera frames, then agree on a payload before acting on it.

`decode_qr` turns one frame (a numpy array) into the texts of the QR codes in it;
`FrameReader` reads a camera's successive frames in both polarities at the cost of one pass
each; `ScanConsensus` turns a stream of such reads into single, deliberate "card scanned" events.
"""

from app.scanner._consensus import ScanConsensus
from app.scanner._decode import decode_qr
from app.scanner._polarity import FrameReader

__all__ = ["FrameReader", "ScanConsensus", "decode_qr"]

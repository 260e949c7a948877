"""Reading a brief back: text per page, fonts, outline, and a render through poppler."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def squash(text: str) -> str:
    """Text without whitespace, so a phrase broken over lines is still found."""
    return re.sub(r"\s+", "", text)


def font_files(pdf: bytes) -> dict[str, bool]:
    """Base font name -> whether the font program is embedded (/FontFile2)."""
    found: dict[str, bool] = {}
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for desc in font.get("/DescendantFonts", [font]):
                desc = desc.get_object()
                descriptor = desc.get("/FontDescriptor")
                if descriptor is not None:
                    found[str(desc["/BaseFont"])] = "/FontFile2" in descriptor.get_object()
    return found


def outline_titles(pdf: bytes) -> list[tuple[str, int]]:
    r = reader(pdf)
    out: list[tuple[str, int]] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((item.title, r.get_destination_page_number(item)))

    walk(r.outline)
    return out


def render_pages(pdf: bytes, folder: Path, dpi: int = 30) -> list[Path]:
    """Render with poppler; a broken PDF makes pdftoppm fail or complain on stderr."""
    src = folder / "brief.pdf"
    src.write_bytes(pdf)
    result = subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(src), str(folder / "page")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr, result.stderr
    return sorted(folder.glob("page*.png"))

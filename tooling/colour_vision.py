"""How the palette looks to readers with the common colour-vision deficiencies, and how far apart two colours
stay: the check behind the theme's claim that every status colour stays distinguishable.

Simulation: the full-severity matrices of Machado, Oliveira and Fernandes (2009), applied in linear RGB.
Distance: CIE76 ΔE in CIELAB (D65); about 2.3 is a just-noticeable difference, above 10 reads as distinct.
"""

from __future__ import annotations

DEFICIENCIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _gamma(channel: float) -> float:
    channel = min(max(channel, 0.0), 1.0)
    return channel * 12.92 if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return red, green, blue


def simulate(hex_colour: str, deficiency: str) -> tuple[float, float, float]:
    """The sRGB colour (0-1 channels) a reader with `deficiency` sees."""
    linear = [_linear(c) for c in rgb(hex_colour)]
    matrix = DEFICIENCIES[deficiency]
    red, green, blue = (_gamma(sum(m * c for m, c in zip(row, linear, strict=True))) for row in matrix)
    return red, green, blue


def lab(colour: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in colour)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def distance(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    """CIE76 ΔE between two sRGB colours (0-1 channels)."""
    return sum((a - b) ** 2 for a, b in zip(lab(first), lab(second), strict=True)) ** 0.5


def closest_pair(colours: dict[str, str], deficiency: str | None = None) -> tuple[float, str, str]:
    """The smallest distance between any two of `colours` (as seen with `deficiency`, or as they are)."""
    seen = {k: simulate(v, deficiency) if deficiency else rgb(v) for k, v in colours.items()}
    keys = list(seen)
    return min((distance(seen[a], seen[b]), a, b) for i, a in enumerate(keys) for b in keys[i + 1 :])


def contrast_ratio(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    """WCAG 2 contrast ratio of two sRGB colours (0-1 channels): 4.5 or more for normal text (AA)."""

    def luminance(colour):
        r, g, b = (_linear(c) for c in colour)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)

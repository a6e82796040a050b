"""Filling Qt-style placeholders (%1, %2 …) in translated text; Python str has no .arg()."""

from __future__ import annotations


def fill(template: str, *values: object) -> str:
    # From the highest number down, so that %1 does not eat the start of %10.
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template

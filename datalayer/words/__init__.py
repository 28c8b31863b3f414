"""Every generated word: sentences, tiles, captions, notes, slide titles and the interface's own text.

A sentence is a claim, so each is built from the numbers of the table it speaks for and from the scope it is
read in: a lead is named as included only when the scope holds it, a bloc's count is never read against a
world-wide target without saying so, and a count of nothing says "no new signing" rather than "0.0". The
screen, presenter mode, slide images and the briefing pack all show these same strings; STYLE.md is their house
style and `style` checks it. One module per subject; dates have one style (`dates`), titles one cut (`grammar`).
"""

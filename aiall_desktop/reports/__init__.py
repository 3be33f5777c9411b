"""Printed documents (PDF, built with reportlab; no Qt here).

``template`` is the shared house page (fonts, styles, header, footer "Sida n av m" and the co-financing
line, safe writing). Each document has its own module with a ``build_<name>(store, target, *, lang=…)``
that returns the number of pages and raises ``template.ReportError`` when there is nothing to print:

- ``handout`` — session handout for participants: time and place, goal, agenda, cases, table groups
- ``runsheet`` — facilitator run sheet: the agenda with methods, lead, materials, notes and actual times
- ``signin`` — sign-in sheet: the invited people with a signature cell, then blank rows for walk-ins
- ``tablecards`` — table cards: one folded tent card per table group with its number and first names

Reports over periods (attendance, diversity, cases) live in the modules their helpers add beside these.
"""

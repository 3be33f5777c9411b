"""Words for the codes the store keeps (kinds, stages, genders, sectors, size classes, areas), in
Swedish and English, for every printed document: one table each, so that documents agree.

The area names are those of the funding decision ("smart industri, morgondagens energilösningar,
hållbar livsmedelsförsörjning, välfärd och e-hälsa samt hållbar utveckling").
"""

from __future__ import annotations

from ..domain.indicators import NOT_GIVEN
from ..records import ActivityKind, Area, CaseStage, Gender, Sector, SizeClass, TeamKind

GENDERS = {
    Gender.WOMAN: {"sv": "Kvinna", "en": "Woman"},
    Gender.MAN: {"sv": "Man", "en": "Man"},
    Gender.NON_BINARY: {"sv": "Icke-binär", "en": "Non-binary"},
    Gender.SELF_DESCRIBED: {"sv": "Beskriver själv", "en": "Self-described"},
    Gender.NOT_STATED: {"sv": "Ej angivet", "en": "Not stated"},
}
SECTORS = {
    Sector.COMPANY: {"sv": "Företag", "en": "Company"},
    Sector.PUBLIC_SECTOR: {"sv": "Offentlig sektor", "en": "Public sector"},
    Sector.ACADEMIA: {"sv": "Akademi", "en": "Academia"},
    Sector.NON_PROFIT: {"sv": "Ideell sektor", "en": "Non-profit"},
    Sector.OTHER: {"sv": "Annat", "en": "Other"},
}
SIZES = {
    SizeClass.MICRO: {"sv": "Mikroföretag (färre än 10 anställda)", "en": "Micro (fewer than 10 staff)"},
    SizeClass.SMALL: {"sv": "Litet företag (färre än 50)", "en": "Small (fewer than 50 staff)"},
    SizeClass.MEDIUM: {"sv": "Medelstort företag (färre än 250)", "en": "Medium-sized (fewer than 250 staff)"},
    SizeClass.LARGE: {"sv": "Stort företag", "en": "Large"},
    NOT_GIVEN: {"sv": "Storleksklass ej angiven", "en": "Size class not given"},
}
KINDS = {
    ActivityKind.CASE_WORKSHOP: {"sv": "Case-workshop", "en": "Case-identification workshop"},
    ActivityKind.NETWORK_MEETING: {"sv": "Nätverksträff", "en": "Network meeting"},
    ActivityKind.COMPANY_VISIT: {"sv": "Företagsbesök", "en": "Company visit"},
    ActivityKind.CASE_DEVELOPMENT: {"sv": "Case-utveckling", "en": "Case development session"},
    ActivityKind.DEMONSTRATION: {"sv": "Demonstration", "en": "Demonstration"},
}
STAGES = {
    CaseStage.IDENTIFIED: {"sv": "Identifierat", "en": "Identified"},
    CaseStage.PRIORITISED: {"sv": "Prioriterat", "en": "Prioritised"},
    CaseStage.IN_DEVELOPMENT: {"sv": "Under utveckling", "en": "In development"},
    CaseStage.INNOVATION: {"sv": "Innovation & affärsutveckling", "en": "Innovation & business development"},
    CaseStage.IMPLEMENTED: {"sv": "Implementerat", "en": "Implemented"},
    CaseStage.PARKED: {"sv": "Parkerat", "en": "Parked"},
}
AREAS = {
    Area.SMART_INDUSTRY: {"sv": "Smart industri", "en": "Smart industry"},
    Area.ENERGY: {"sv": "Morgondagens energilösningar", "en": "Energy solutions of tomorrow"},
    Area.FOOD: {"sv": "Hållbar livsmedelsförsörjning", "en": "Sustainable food supply"},
    Area.WELFARE: {"sv": "Välfärd och e-hälsa", "en": "Welfare and e-health"},
    Area.SUSTAINABLE_DEVELOPMENT: {"sv": "Hållbar utveckling", "en": "Sustainable development"},
}
TEAM_KINDS = {
    TeamKind.TABLE_GROUP: {"sv": "Bordsgrupp", "en": "Table group"},
    TeamKind.CASE_TEAM: {"sv": "Case-team", "en": "Case team"},
}


def label(table: dict, code: str, lang: str) -> str:
    """A code's words; a code the table does not know (an area the users added) is shown as it is."""
    names = table.get(code)
    return names.get(lang, names["en"]) if names else str(code)


def area_label(code: str, lang: str = "sv") -> str:
    return label(AREAS, code, lang)

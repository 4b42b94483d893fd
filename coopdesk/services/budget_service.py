"""CERFA budgets of the projects and of the association, and the compte rendu financier of a grant."""

from __future__ import annotations

from sqlalchemy.orm import Session

from coopdesk.domain.budget import (
    GRANTED_STATUSES,
    Budget,
    BudgetChanges,
    BudgetOwner,
    BudgetSources,
    CompteRendu,
    CompteRenduNotes,
    CompteRenduUnavailable,
    build_budget,
    validate_line,
    validate_report_notes,
)
from coopdesk.domain.enums import ApplicationStatus
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode, StaleEdit
from coopdesk.domain.investment import (
    InvestmentChanges,
    InvestmentPlan,
    InvestmentSources,
    build_investment_plan,
    validate_investment_line,
)
from coopdesk.domain.rows import AssociationProfile
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import association_repository, budget_repository

MIN_YEAR, MAX_YEAR = 1900, 2200


class BudgetService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def project_sources(self, project_id: int) -> BudgetSources:
        """What the editor starts from: the stored lines and the project's applications (NotFound)."""
        with self._database.session() as session:
            return budget_repository.project_sources(session, project_id)

    def association_sources(self, year: int) -> BudgetSources:
        _check_year(year)
        with self._database.session() as session:
            return budget_repository.association_sources(session, year)

    def project_budget(self, project_id: int, highlighted_application_id: int | None = None) -> Budget:
        return build_budget(self.project_sources(project_id), highlighted_application_id)

    def association_budget(self, year: int, highlighted_application_id: int | None = None) -> Budget:
        """The association's budget of a fiscal year; its 74 lines are every application of that year
        (the highlighted one marked, as the pack of that application prints it)."""
        return build_budget(self.association_sources(year), highlighted_application_id)

    # -- the plan de financement of an investment project -----------------------------------------------

    def investment_sources(self, project_id: int) -> InvestmentSources:
        with self._database.session() as session:
            return budget_repository.investment_sources(session, project_id)

    def investment_plan(self, project_id: int) -> InvestmentPlan:
        """The project's plan de financement (NotFound for an unknown project)."""
        return build_investment_plan(self.investment_sources(project_id))

    def save_investment(self, project_id: int, changes: InvestmentChanges) -> InvestmentPlan:
        """Save the plan's lines in one transaction. FieldErrors for a bad line, StaleEdit when a line
        changed elsewhere, NotFound for an unknown project, application or document: nothing saved."""
        clean = InvestmentChanges(
            added=tuple(validate_investment_line(data) for data in changes.added),
            updated=tuple(
                (line_id, version, validate_investment_line(data))
                for line_id, version, data in changes.updated
            ),
            deleted=changes.deleted,
        )
        with self._database.session() as session:
            budget_repository.project_owner(session, project_id)
            budget_repository.save_investment(session, project_id, clean)
            sources = budget_repository.investment_sources(session, project_id)
        return build_investment_plan(sources)

    def save(self, owner: BudgetOwner, changes: BudgetChanges) -> Budget:
        """Save the lines added, changed and removed in one transaction and return the budget as saved.

        Raises FieldErrors for a bad line (nothing saved), StaleEdit when a line was changed elsewhere
        since it was read (nothing saved), NotFound for an unknown project or application."""
        clean = _clean(changes)
        with self._database.session() as session:
            sources = _save_lines(session, owner, clean)
        return build_budget(sources)

    def save_compte_rendu(
        self, report: CompteRendu, changes: BudgetChanges, notes: CompteRenduNotes
    ) -> CompteRendu:
        """Save the actual amounts (the lines of the budget reported against) and the explanatory notes
        in one transaction; the compte rendu as saved. FieldErrors for a bad line or a note too long,
        StaleEdit when a line or the application changed elsewhere: nothing saved."""
        clean = _clean(changes)
        clean_notes = validate_report_notes(notes)
        application_id = report.application.id
        with self._database.session() as session:
            _save_lines(session, report.budget.owner, clean)
            if clean_notes != report.notes:
                budget_repository.save_report_notes(
                    session, application_id, report.notes_version, clean_notes
                )
        return self.compte_rendu(application_id)

    def report_years(self, application_id: int) -> tuple[int, ...]:
        """The years of a multi-year grant made for the association's operation: each has its own
        compte rendu against that year's association budget (empty for any other application)."""
        with self._database.session() as session:
            project_id, _year, _status, years = budget_repository.application_budget_owner(
                session, application_id
            )
        return years if project_id is None else ()

    def compte_rendu(self, application_id: int, year: int | None = None) -> CompteRendu:
        """The compte rendu of a granted application, with forecast and actual: against its project's
        budget for a project request, against the association's budget of the financed year for a
        request for the association's operation (or an application without a project). For a
        multi-year grant for the association's operation, `year` chooses which year (default: the
        first one).

        Raises NotFound, or CompteRenduUnavailable ("not_granted", "no_year": no period, submission
        or deadline tells the year, or `year` is not one of the grant's)."""
        with self._database.session() as session:
            project_id, year_of, status, years = budget_repository.application_budget_owner(
                session, application_id
            )
            notes, version = budget_repository.report_notes(session, application_id)
            if ApplicationStatus(status) not in GRANTED_STATUSES:
                raise CompteRenduUnavailable(application_id, status, "not_granted")
            if project_id is None and years:
                year_of = years[0] if year is None else year
                if year_of not in years:
                    raise CompteRenduUnavailable(application_id, status, "no_year")
            year = year_of
            if project_id is not None:
                sources = budget_repository.project_sources(session, project_id)
            elif year is not None:
                sources = budget_repository.association_sources(session, year)
            else:
                raise CompteRenduUnavailable(application_id, status, "no_year")
        budget = build_budget(sources, application_id)
        application = next((item for item in sources.applications if item.id == application_id), None)
        if application is None:  # not counted in that year (its dates moved): nothing to report against
            raise CompteRenduUnavailable(application_id, status, "no_year")
        if application.amount_granted_cents is None:
            raise CompteRenduUnavailable(application_id, status, "not_granted")
        return CompteRendu(application=application, budget=budget, notes=notes, notes_version=version)

    # -- printing: the same PDF from the window and the command line --------------------------------------

    def association_profile(self) -> AssociationProfile | None:
        """The association's identity (name, SIRET, RNA) printed under the title of every PDF."""
        with self._database.session() as session:
            return association_repository.load(session)

    def budget_pdf(self, budget: Budget, title: str | None = None) -> bytes:
        """The budget as a PDF (CERFA 12156 layout) with the association's name, SIRET and RNA."""
        from coopdesk.reports.budget_pdf import budget_pdf

        return budget_pdf(budget, self.association_profile(), title)

    def investment_pdf(self, plan: InvestmentPlan) -> bytes:
        """The plan de financement of an investment project as a PDF, with the association's identity."""
        from coopdesk.reports.budget_pdf import investment_pdf

        return investment_pdf(plan, self.association_profile())

    def compte_rendu_pdf(self, report: CompteRendu) -> bytes:
        """The compte rendu financier as a PDF (CERFA 15059 layout) with the association's identity."""
        from coopdesk.reports.budget_pdf import compte_rendu_pdf

        return compte_rendu_pdf(report, self.association_profile())


def _clean(changes: BudgetChanges) -> BudgetChanges:
    """The changes with every line validated (FieldErrors for the first bad one)."""
    return BudgetChanges(
        added=tuple(validate_line(data) for data in changes.added),
        updated=tuple((line_id, version, validate_line(data)) for line_id, version, data in changes.updated),
        deleted=changes.deleted,
    )


def _save_lines(session: Session, owner: BudgetOwner, clean: BudgetChanges) -> BudgetSources:
    """Write validated changes to the owner's lines; the owner's sources as saved."""
    if owner.project_id is not None:
        budget_repository.project_owner(session, owner.project_id)
    elif owner.fiscal_year is not None:
        _check_year(owner.fiscal_year)
    # A line changed or removed must still be one of this budget's: an id read by a stale editor may
    # since have been deleted and (SQLite reuses the highest rowid) given to a new line of another
    # budget, which must not be changed or removed in its place.
    own = {line.id for line in budget_repository.lines(session, owner)}
    for line_id in [line_id for line_id, _ in clean.deleted] + [i for i, _, _ in clean.updated]:
        if line_id not in own:
            raise StaleEdit("budget_line", line_id)
    # New lines first: on SQLite a new row takes the highest id + 1, so lines added before the removals
    # never take the id of a line removed in the same save (a stale editor holding that id would
    # otherwise change the new line in its place).
    budget_repository.save(session, owner, BudgetChanges(added=clean.added))
    budget_repository.save(session, owner, BudgetChanges(updated=clean.updated, deleted=clean.deleted))
    if owner.project_id is not None:
        return budget_repository.project_sources(session, owner.project_id)
    return budget_repository.association_sources(session, owner.fiscal_year or 0)


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise FieldErrors({"fiscal_year": InvalidValue("year", str(year), InvalidValueCode.OUT_OF_RANGE)})

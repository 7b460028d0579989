package se.livsviktig.training.internal.figures;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.model.OrganizationTable;

import se.livsviktig.training.figures.TrainingFigure;
import se.livsviktig.training.figures.TrainingFigureCell;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.RegistrationTable;

/**
 * The sessions and the registrations behind one cell of the report's table, each page one statement and each
 * count one statement, with the figure statements' own conditions ({@link TrainingFigureConditions}).
 *
 * <p>
 * A session family lists its sessions, and as registrations every registration of those sessions. A person-based
 * family lists the registrations it counts, and as sessions the sessions they belong to. Distinct participants
 * lists each person's first registration in the cell (the lowest id), so the list has one row per person and its
 * count is the figure. Participant hours lists the completed registrations whose hours it adds up.
 * </p>
 *
 * @author Livsviktig
 */
public class FigureDrillDownQuery {

	public FigureDrillDownQuery(TrainingFigureCell trainingFigureCell) {
		_trainingFigureCell = trainingFigureCell;

		_trainingFigureConditions = new TrainingFigureConditions(
			trainingFigureCell.getCompanyId(), trainingFigureCell.getFrom(),
			trainingFigureCell.getTo());
	}

	public DSLQuery countRegistrations() {
		RegistrationTable registrationTable = RegistrationTable.INSTANCE;
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		return DSLQueryFactoryUtil.count(
		).from(
			registrationTable
		).innerJoinON(
			courseSessionTable,
			TrainingFigureConditions.sessionOf(
				registrationTable, courseSessionTable)
		).where(
			_registrationsOfCell(registrationTable, courseSessionTable, true)
		);
	}

	public DSLQuery countSessions() {
		return DSLQueryFactoryUtil.count(
		).from(
			CourseSessionTable.INSTANCE
		).where(
			_sessionsOfCell()
		);
	}

	/**
	 * Ordered by their session's first date, then as they were made.
	 */
	public DSLQuery selectRegistrations(int start, int end) {
		RegistrationTable registrationTable = RegistrationTable.INSTANCE;
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			registrationTable
		).from(
			registrationTable
		).innerJoinON(
			courseSessionTable,
			TrainingFigureConditions.sessionOf(
				registrationTable, courseSessionTable)
		).where(
			_registrationsOfCell(registrationTable, courseSessionTable, true)
		).orderBy(
			courseSessionTable.startDate.ascending(),
			registrationTable.courseSessionId.ascending(),
			registrationTable.registrationId.ascending()
		).limit(
			start, end
		);
	}

	/**
	 * Ordered by their first date.
	 */
	public DSLQuery selectSessions(int start, int end) {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			courseSessionTable
		).from(
			courseSessionTable
		).where(
			_sessionsOfCell()
		).orderBy(
			courseSessionTable.startDate.ascending(),
			courseSessionTable.courseSessionId.ascending()
		).limit(
			start, end
		);
	}

	/**
	 * The figure's administration: the organisation copied onto the registration, or rolled up the registrations
	 * of its whole subtree, as the rolled-up figures join them (from 0: the whole company, no condition).
	 */
	private Predicate _administration(RegistrationTable registrationTable) {
		long organizationId = _trainingFigureCell.getOrganizationId();

		if (!_trainingFigureCell.isRolledUp()) {
			return registrationTable.organizationId.eq(organizationId);
		}

		if (organizationId == 0) {
			return null;
		}

		OrganizationTable ownOrganizationTable = OrganizationTable.INSTANCE.as(
			"ownOrganization");
		OrganizationTable administrationTable = OrganizationTable.INSTANCE.as(
			"administration");

		return registrationTable.organizationId.in(
			DSLQueryFactoryUtil.select(
				ownOrganizationTable.organizationId
			).from(
				ownOrganizationTable
			).innerJoinON(
				administrationTable,
				TrainingFigureConditions.inSubtree(
					ownOrganizationTable, administrationTable)
			).where(
				administrationTable.companyId.eq(
					_trainingFigureCell.getCompanyId()
				).and(
					administrationTable.organizationId.eq(organizationId)
				)
			));
	}

	/**
	 * Each person's first registration among those of the cell, whatever became of it.
	 */
	private Predicate _firstRegistrationOfEachPerson(
		RegistrationTable registrationTable) {

		RegistrationTable personRegistrationTable =
			RegistrationTable.INSTANCE.as("personRegistration");
		CourseSessionTable personSessionTable = CourseSessionTable.INSTANCE.as(
			"personSession");

		return registrationTable.registrationId.in(
			DSLQueryFactoryUtil.select(
				DSLFunctionFactoryUtil.min(
					personRegistrationTable.registrationId)
			).from(
				personRegistrationTable
			).innerJoinON(
				personSessionTable,
				TrainingFigureConditions.sessionOf(
					personRegistrationTable, personSessionTable)
			).where(
				_registrationsOfCellAndPeriod(
					personRegistrationTable, personSessionTable)
			).groupBy(
				TrainingFigureConditions.person(personRegistrationTable)
			));
	}

	private Predicate _method(Column<?, Long> trainingMethodIdColumn) {
		long trainingMethodId = _trainingFigureCell.getTrainingMethodId();

		if (trainingMethodId == 0) {
			return null;
		}

		return trainingMethodIdColumn.eq(trainingMethodId);
	}

	/**
	 * @param onePerPerson whether distinct participants list one registration per person (the list whose count is
	 *        the figure) or all of them (whose sessions are the figure's sessions)
	 */
	private Predicate _registrationsOfCell(
		RegistrationTable registrationTable,
		CourseSessionTable courseSessionTable, boolean onePerPerson) {

		TrainingFigure trainingFigure = _trainingFigureCell.getTrainingFigure();

		if (trainingFigure.isSessionFamily()) {
			return _trainingFigureConditions.registrationInPeriod(
				registrationTable, courseSessionTable
			).and(
				_sessionsOfCellAndPeriod(courseSessionTable)
			);
		}

		Predicate predicate = _registrationsOfCellAndPeriod(
			registrationTable, courseSessionTable);

		if (onePerPerson && (trainingFigure == TrainingFigure.PARTICIPANTS)) {
			return predicate.and(
				_firstRegistrationOfEachPerson(registrationTable));
		}

		return Predicate.and(
			predicate,
			_trainingFigureConditions.registrationFamily(
				trainingFigure, registrationTable, courseSessionTable));
	}

	private Predicate _registrationsOfCellAndPeriod(
		RegistrationTable registrationTable,
		CourseSessionTable courseSessionTable) {

		return Predicate.and(
			Predicate.and(
				Predicate.and(
					_trainingFigureConditions.registrationInPeriod(
						registrationTable, courseSessionTable),
					_administration(registrationTable)),
				_method(registrationTable.trainingMethodId)),
			_sex(registrationTable));
	}

	private Predicate _sex(RegistrationTable registrationTable) {
		String sex = _trainingFigureCell.getSex();

		if (sex.isEmpty()) {
			return null;
		}

		return registrationTable.sex.eq(sex);
	}

	private Predicate _sessionsOfCell() {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		if (_trainingFigureCell.getTrainingFigure().isSessionFamily()) {
			return _sessionsOfCellAndPeriod(courseSessionTable);
		}

		RegistrationTable figureRegistrationTable =
			RegistrationTable.INSTANCE.as("figureRegistration");
		CourseSessionTable figureSessionTable = CourseSessionTable.INSTANCE.as(
			"figureSession");

		return courseSessionTable.courseSessionId.in(
			DSLQueryFactoryUtil.select(
				figureRegistrationTable.courseSessionId
			).from(
				figureRegistrationTable
			).innerJoinON(
				figureSessionTable,
				TrainingFigureConditions.sessionOf(
					figureRegistrationTable, figureSessionTable)
			).where(
				_registrationsOfCell(
					figureRegistrationTable, figureSessionTable, false)
			));
	}

	private Predicate _sessionsOfCellAndPeriod(
		CourseSessionTable courseSessionTable) {

		return Predicate.and(
			_trainingFigureConditions.sessionInPeriod(
				courseSessionTable
			).and(
				_trainingFigureConditions.sessionFamily(
					_trainingFigureCell.getTrainingFigure(), courseSessionTable,
					_trainingFigureCell.getNow())
			),
			_method(courseSessionTable.trainingMethodId));
	}

	private final TrainingFigureCell _trainingFigureCell;
	private final TrainingFigureConditions _trainingFigureConditions;

}

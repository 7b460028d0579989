package se.livsviktig.training.internal.figures;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.expression.Scalar;
import com.liferay.portal.kernel.model.OrganizationTable;

import java.util.Date;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.figures.TrainingFigure;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.RegistrationEventTable;
import se.livsviktig.training.model.RegistrationTable;

/**
 * What each figure family of training counts, as predicates over the tables (or their aliases) a statement names.
 * The figure statements count where these hold and the drill-down lists where they hold, so a drill-down can never
 * disagree with its figure.
 *
 * @author Livsviktig
 */
public class TrainingFigureConditions {

	/**
	 * An organisation in the subtree of the administration (itself included), by the portal's tree path.
	 */
	public static Predicate inSubtree(
		OrganizationTable ownOrganizationTable,
		OrganizationTable administrationTable) {

		return ownOrganizationTable.treePath.like(
			DSLFunctionFactoryUtil.concat(
				administrationTable.treePath, new Scalar<>("%")));
	}

	/**
	 * What tells one person from another among registrations: distinct participants count it, and their drill-down
	 * lists one registration per value of it. The participant key, which anonymising keeps distinct per person,
	 * not the user ID, which anonymising replaces with the one anonymous user.
	 */
	public static Column<RegistrationTable, Long> person(
		RegistrationTable registrationTable) {

		return registrationTable.participantKey;
	}

	/**
	 * The join of a registration to its session.
	 */
	public static Predicate sessionOf(
		RegistrationTable registrationTable,
		CourseSessionTable courseSessionTable) {

		return courseSessionTable.courseSessionId.eq(
			registrationTable.courseSessionId);
	}

	public TrainingFigureConditions(long companyId, Date from, Date to) {
		_companyId = companyId;
		_from = from;
		_to = to;
	}

	/**
	 * The registrations a person-based family counts, among those of the period; null for every one of them
	 * (registrations and distinct participants count them all). Participant hours are the completed
	 * registrations' hours.
	 */
	public Predicate registrationFamily(
		TrainingFigure trainingFigure, RegistrationTable registrationTable,
		CourseSessionTable courseSessionTable) {

		return registrationFamily(
			trainingFigure, registrationTable, courseSessionTable, null, null);
	}

	/**
	 * As {@link #registrationFamily(TrainingFigure, RegistrationTable, CourseSessionTable)}, with whether a
	 * registration ever held a seat or was ever waitlisted read from the columns of a per-registration history the
	 * statement joins (1 or 0; null where the registration has no history), instead of a subquery per family over
	 * the company's whole history: the figure statement joins the history once (the report benchmark); a page of
	 * a drill-down reads the subqueries. Both say the same of every registration.
	 *
	 * @param seated the joined history's "ever held a seat" column, or null to read the subqueries
	 * @param waitlisted the joined history's "ever waitlisted" column, or null to read the subqueries
	 */
	public Predicate registrationFamily(
		TrainingFigure trainingFigure, RegistrationTable registrationTable,
		CourseSessionTable courseSessionTable, Column<?, Long> seated,
		Column<?, Long> waitlisted) {

		if ((trainingFigure == TrainingFigure.COMPLETED) ||
			(trainingFigure == TrainingFigure.PARTICIPANT_HOURS)) {

			return registrationTable.status.eq(
				RegistrationConstants.STATUS_COMPLETED);
		}

		if (trainingFigure == TrainingFigure.NOT_COMPLETED) {
			return registrationTable.status.eq(
				RegistrationConstants.STATUS_NOT_COMPLETED);
		}

		if (trainingFigure == TrainingFigure.NO_SHOW) {
			return registrationTable.status.eq(
				RegistrationConstants.STATUS_NO_SHOW);
		}

		if (trainingFigure == TrainingFigure.LATE_CANCELLATIONS) {
			return registrationTable.status.eq(
				RegistrationConstants.STATUS_CANCELLED
			).and(
				registrationTable.statusDate.gt(
					courseSessionTable.cancellationDeadline)
			).and(
				courseSessionTable.status.neq(
					CourseSessionConstants.STATUS_CANCELLED)
			).and(
				_heldASeat(registrationTable, seated)
			);
		}

		if (trainingFigure == TrainingFigure.UNMET_DEMAND) {
			if (seated != null) {
				return waitlisted.eq(
					1L
				).and(
					seated.eq(0L)
				);
			}

			return registrationTable.registrationId.in(
				_registrationsWhoseHistoryReached(
					RegistrationConstants.STATUS_WAITLISTED)
			).and(
				registrationTable.registrationId.notIn(
					_registrationsWhoseHistoryReached(
						RegistrationConstants.SEAT_HOLDING_STATUSES))
			);
		}

		if ((trainingFigure == TrainingFigure.REGISTRATIONS) ||
			(trainingFigure == TrainingFigure.PARTICIPANTS)) {

			return null;
		}

		throw new IllegalArgumentException(
			trainingFigure + " counts sessions, not registrations");
	}

	/**
	 * The registrations of the period: the session's first date decides, as for the session figures, so both
	 * count the same sessions.
	 */
	public Predicate registrationInPeriod(
		RegistrationTable registrationTable,
		CourseSessionTable courseSessionTable) {

		return registrationTable.companyId.eq(
			_companyId
		).and(
			courseSessionTable.startDate.gte(_from)
		).and(
			courseSessionTable.startDate.lt(_to)
		);
	}

	/**
	 * The sessions a session family counts, among those of the period. Held: published (or archived since) and
	 * its last date ended before now. Cancelled: cancelled by a coordinator. Drafts count nowhere.
	 */
	public Predicate sessionFamily(
		TrainingFigure trainingFigure, CourseSessionTable courseSessionTable,
		Date now) {

		if (trainingFigure == TrainingFigure.SESSIONS_HELD) {
			return courseSessionTable.status.in(
				new Integer[] {
					CourseSessionConstants.STATUS_PUBLISHED,
					CourseSessionConstants.STATUS_ARCHIVED
				}
			).and(
				courseSessionTable.endDate.lt(now)
			);
		}

		if (trainingFigure == TrainingFigure.SESSIONS_CANCELLED) {
			return courseSessionTable.status.eq(
				CourseSessionConstants.STATUS_CANCELLED);
		}

		throw new IllegalArgumentException(
			trainingFigure + " counts registrations, not sessions");
	}

	/**
	 * The sessions whose first date is in the period.
	 */
	public Predicate sessionInPeriod(CourseSessionTable courseSessionTable) {
		return courseSessionTable.companyId.eq(
			_companyId
		).and(
			courseSessionTable.startDate.gte(_from)
		).and(
			courseSessionTable.startDate.lt(_to)
		);
	}

	private Predicate _heldASeat(
		RegistrationTable registrationTable, Column<?, Long> seated) {

		if (seated != null) {
			return seated.eq(1L);
		}

		return registrationTable.registrationId.in(
			_registrationsWhoseHistoryReached(
				RegistrationConstants.SEAT_HOLDING_STATUSES));
	}

	/**
	 * Whether a registration ever held a seat, or was ever waitlisted, is read from its history (every status
	 * change is a registration event), since its status today only says how it ended.
	 */
	private DSLQuery _registrationsWhoseHistoryReached(int... statuses) {
		RegistrationEventTable registrationEventTable =
			RegistrationEventTable.INSTANCE;

		Integer[] toStatuses = new Integer[statuses.length];

		for (int i = 0; i < statuses.length; i++) {
			toStatuses[i] = statuses[i];
		}

		return DSLQueryFactoryUtil.selectDistinct(
			registrationEventTable.registrationId
		).from(
			registrationEventTable
		).where(
			registrationEventTable.companyId.eq(
				_companyId
			).and(
				registrationEventTable.toStatus.in(toStatuses)
			)
		);
	}

	private final long _companyId;
	private final Date _from;
	private final Date _to;

}

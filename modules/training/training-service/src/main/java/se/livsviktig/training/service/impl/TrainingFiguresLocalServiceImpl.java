package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;
import se.livsviktig.training.figures.TrainingFigureCell;
import se.livsviktig.training.internal.figures.FigureDrillDownQuery;
import se.livsviktig.training.internal.figures.ParticipantFiguresQuery;
import se.livsviktig.training.internal.figures.SessionFiguresQuery;
import se.livsviktig.training.internal.figures.TrainingFiguresRows;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.base.TrainingFiguresLocalServiceBaseImpl;

/**
 * The year's figures of training for the report app, each family from one GROUP BY statement (never a loop over
 * rows). Local only: the figures are counts without names, and the report's remote service checks VIEW_REPORTS
 * before it asks.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.TrainingFigures",
	service = AopService.class
)
public class TrainingFiguresLocalServiceImpl
	extends TrainingFiguresLocalServiceBaseImpl {

	/**
	 * The registrations behind one figure: those it counts (one per person for distinct participants), or for a
	 * session family every registration of its sessions.
	 */
	@Override
	public List<Registration> getFigureRegistrations(
		TrainingFigureCell trainingFigureCell, int start, int end) {

		return registrationPersistence.dslQuery(
			new FigureDrillDownQuery(
				trainingFigureCell
			).selectRegistrations(
				start, end
			));
	}

	@Override
	public int getFigureRegistrationsCount(
		TrainingFigureCell trainingFigureCell) {

		return registrationPersistence.dslQueryCount(
			new FigureDrillDownQuery(trainingFigureCell).countRegistrations());
	}

	/**
	 * The sessions behind one figure: those it counts, or for a person-based family the sessions of the
	 * registrations it counts.
	 */
	@Override
	public List<CourseSession> getFigureSessions(
		TrainingFigureCell trainingFigureCell, int start, int end) {

		return courseSessionPersistence.dslQuery(
			new FigureDrillDownQuery(
				trainingFigureCell
			).selectSessions(
				start, end
			));
	}

	@Override
	public int getFigureSessionsCount(TrainingFigureCell trainingFigureCell) {
		return courseSessionPersistence.dslQueryCount(
			new FigureDrillDownQuery(trainingFigureCell).countSessions());
	}

	/**
	 * Registrations and their outcomes per registration organisation and training method, for the sessions
	 * whose first date is in [from, to).
	 */
	@Override
	public List<ParticipantFigures> getParticipantFigures(
		long companyId, Date from, Date to) {

		return TrainingFiguresRows.toParticipantFigures(
			registrationPersistence.dslQuery(
				new ParticipantFiguresQuery(
					companyId, from, to
				).select()));
	}

	/**
	 * The same figures with every child organisation of the parent as one row holding its whole subtree.
	 *
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 *        administrations
	 */
	@Override
	public List<ParticipantFigures> getRolledUpParticipantFigures(
		long companyId, long parentOrganizationId, Date from, Date to) {

		return TrainingFiguresRows.toParticipantFigures(
			registrationPersistence.dslQuery(
				new ParticipantFiguresQuery(
					companyId, from, to
				).selectRolledUp(
					parentOrganizationId
				)));
	}

	/**
	 * Sessions held and cancelled per training method, for the sessions whose first date is in [from, to).
	 *
	 * @param now held means its last date ended before this moment
	 */
	@Override
	public List<SessionFigures> getSessionFigures(
		long companyId, Date from, Date to, Date now) {

		return TrainingFiguresRows.toSessionFigures(
			courseSessionPersistence.dslQuery(
				new SessionFiguresQuery(
					companyId, from, to, now
				).select()));
	}

}

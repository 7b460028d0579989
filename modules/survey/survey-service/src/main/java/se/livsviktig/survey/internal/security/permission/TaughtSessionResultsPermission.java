package se.livsviktig.survey.internal.security.permission;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyActionKeys;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.SessionInstructorLocalService;

/**
 * An instructor may see a survey's results for the sessions they taught:
 * those where training has them as an accepted instructor. Logic on the
 * person and the session, not a role: an instructor who declined or was
 * withdrawn sees nothing of that session, and nobody sees another company's.
 */
@Component(service = TaughtSessionResultsPermission.class)
public class TaughtSessionResultsPermission {

	/**
	 * @param courseSessionId one session the caller asks for, or 0 for all
	 *        they taught
	 * @return the sessions whose responses the caller may see (none, when
	 *         they taught none)
	 * @throws PrincipalException when the asked session is not one they
	 *         taught, or the survey is another company's
	 */
	public long[] getTaughtSessionIds(
			PermissionChecker permissionChecker, long companyId,
			long courseSessionId)
		throws PrincipalException {

		if (!permissionChecker.isSignedIn() ||
			(permissionChecker.getCompanyId() != companyId)) {

			throw new PrincipalException.MustHavePermission(
				permissionChecker, SessionInstructor.class.getName(),
				courseSessionId, SurveyActionKeys.VIEW_SURVEY_RESULTS);
		}

		long userId = permissionChecker.getUserId();

		if (courseSessionId > 0) {
			if (!_sessionInstructorLocalService.isAcceptedInstructor(
					courseSessionId, userId)) {

				throw new PrincipalException.MustHavePermission(
					permissionChecker, SessionInstructor.class.getName(),
					courseSessionId, SurveyActionKeys.VIEW_SURVEY_RESULTS);
			}

			return new long[] {courseSessionId};
		}

		List<SessionInstructor> sessionInstructors =
			_sessionInstructorLocalService.getInstructorSessionInstructors(
				userId,
				new int[] {SessionInstructorConstants.STATUS_ACCEPTED},
				QueryUtil.ALL_POS, QueryUtil.ALL_POS);

		return sessionInstructors.stream(
		).mapToLong(
			SessionInstructor::getCourseSessionId
		).distinct(
		).toArray();
	}

	@Reference
	private SessionInstructorLocalService _sessionInstructorLocalService;

}

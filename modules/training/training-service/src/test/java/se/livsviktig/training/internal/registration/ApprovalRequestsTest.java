package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.approval.ApproverFinder;
import se.livsviktig.training.internal.notification.InMemoryNotices;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;

/**
 * A registration that needs approval is put before the people who may approve it (ApproverFinder finds them up
 * the organisation tree, never the participant), or before the session's coordinator when there is nobody else
 * to ask.
 *
 * @author Livsviktig
 */
public class ApprovalRequestsTest {

	@BeforeEach
	public void setUp() {
		Fields.set(_approvalRequests, "_approverFinder", _approverFinder);
		Fields.set(
			_approvalRequests, "_noticeDispatcher",
			_notices.noticeDispatcher());

		_courseSession.setCourseSessionId(_SESSION_ID);
		_courseSession.setCompanyId(_COMPANY_ID);
		_courseSession.setCoordinatorUserId(_COORDINATOR_USER_ID);

		_registration.setRegistrationId(1);
		_registration.setCompanyId(_COMPANY_ID);
		_registration.setCourseSessionId(_SESSION_ID);
		_registration.setUserId(_PARTICIPANT_USER_ID);
		_registration.setOrganizationId(_SOF);
		_registration.setStatus(RegistrationConstants.STATUS_PENDING_APPROVAL);
	}

	@Test
	public void everyoneWhoMayApproveIsAskedOnce() {
		_approvers(501, 502);

		_approvalRequests.requestApproval(_registration, _courseSession);
		_approvalRequests.requestApproval(_registration, _courseSession);

		assertEquals(
			Arrays.asList(
				TrainingNoticeTypes.APPROVAL_REQUEST + " to 501",
				TrainingNoticeTypes.APPROVAL_REQUEST + " to 502"),
			_notices.deliveredTypesAndRecipients());
	}

	@Test
	public void theCoordinatorIsAskedWhenNobodyElseMayApprove() {
		_approvers();

		_approvalRequests.requestApproval(_registration, _courseSession);

		assertEquals(
			Collections.singletonList(
				TrainingNoticeTypes.APPROVAL_REQUEST + " to " +
					_COORDINATOR_USER_ID),
			_notices.deliveredTypesAndRecipients());
	}

	@Test
	public void theCoordinatorIsRemindedWhenNobodyElseMayApprove() {
		_approvers();

		_approvalRequests.request(
			_registration, _courseSession,
			TrainingNoticeTypes.APPROVAL_REMINDER);

		assertEquals(
			Collections.singletonList(
				TrainingNoticeTypes.APPROVAL_REMINDER + " to " +
					_COORDINATOR_USER_ID),
			_notices.deliveredTypesAndRecipients());
	}

	private void _approvers(long... userIds) {
		List<User> users = new ArrayList<>();

		for (long userId : userIds) {
			User user = mock(User.class);

			when(
				user.getUserId()
			).thenReturn(
				userId
			);

			users.add(user);
		}

		when(
			_approverFinder.getApprovers(
				_COMPANY_ID, _SOF, _PARTICIPANT_USER_ID)
		).thenReturn(
			users
		);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _COORDINATOR_USER_ID = 30000;

	private static final long _PARTICIPANT_USER_ID = 101;

	private static final long _SESSION_ID = 60001;

	private static final long _SOF = 40001;

	private final ApprovalRequests _approvalRequests = new ApprovalRequests();
	private final ApproverFinder _approverFinder = mock(ApproverFinder.class);
	private final CourseSession _courseSession = new CourseSessionImpl();
	private final InMemoryNotices _notices = new InMemoryNotices();
	private final Registration _registration = new RegistrationImpl();

}

package se.livsviktig.instructor.internal.notice;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import se.livsviktig.instructor.service.InstructorNoticeLocalService;

/**
 * An InstructorNoticeLocalService whose claims behave as the unique (certificationId, noticeKind) index does: the
 * first claim of a pair wins, every later one says no.
 */
final class InMemoryInstructorNotices {

	static InstructorNoticeLocalService create() {
		Set<String> claimed = ConcurrentHashMap.newKeySet();

		InstructorNoticeLocalService instructorNoticeLocalService = mock(
			InstructorNoticeLocalService.class);

		when(
			instructorNoticeLocalService.claimInstructorNotice(
				anyLong(), anyLong(), anyLong(), anyLong(), anyString())
		).thenAnswer(
			invocation -> claimed.add(
				invocation.getArgument(3) + "/" + invocation.getArgument(4))
		);
		when(
			instructorNoticeLocalService.hasInstructorNotice(
				anyLong(), anyString())
		).thenAnswer(
			invocation -> claimed.contains(
				invocation.getArgument(0) + "/" + invocation.getArgument(1))
		);

		return instructorNoticeLocalService;
	}

	private InMemoryInstructorNotices() {
	}

}

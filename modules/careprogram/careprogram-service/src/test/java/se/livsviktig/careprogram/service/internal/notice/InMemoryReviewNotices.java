package se.livsviktig.careprogram.service.internal.notice;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.livsviktig.careprogram.service.ReviewNoticeLocalService;

/**
 * A ReviewNoticeLocalService double whose claims behave like the unique index: the first claim of a (routine,
 * programme, recipient, kind, episode) wins, every later one finds it taken.
 *
 * @author Livsviktig
 */
public class InMemoryReviewNotices {

	public static ReviewNoticeLocalService create() {
		Set<List<Object>> claims = new HashSet<>();

		ReviewNoticeLocalService reviewNoticeLocalService = mock(
			ReviewNoticeLocalService.class);

		when(
			reviewNoticeLocalService.hasReviewNotice(
				anyLong(), anyLong(), anyLong(), anyInt(), anyString())
		).thenAnswer(
			invocation -> claims.contains(
				Arrays.asList(invocation.getArguments()))
		);

		when(
			reviewNoticeLocalService.claimReviewNotice(
				anyLong(), anyLong(), anyLong(), anyLong(), anyInt(),
				anyString())
		).thenAnswer(
			invocation -> claims.add(
				Arrays.asList(
					invocation.getArgument(2), invocation.getArgument(1),
					invocation.getArgument(3), invocation.getArgument(4),
					invocation.getArgument(5)))
		);

		return reviewNoticeLocalService;
	}

}

package se.livsviktig.training.internal.notification;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.service.TrainingNoticeLocalService;

/**
 * A real notice dispatcher over an in-memory record of notices sent, standing in for the database's unique
 * (companyId, noticeKey) index: a key is claimed once, by whichever run or node comes first. What reaches
 * people is kept in {@link #delivered()}.
 *
 * @author Livsviktig
 */
public class InMemoryNotices {

	public InMemoryNotices() {
		when(
			_trainingNoticeLocalService.claimTrainingNotice(
				anyLong(), anyLong(), anyLong(), anyString(), anyString(),
				anyLong(), anyLong())
		).thenAnswer(
			invocation -> _claimedKeys.add(
				invocation.getArgument(0) + "/" + invocation.getArgument(3))
		);

		Fields.set(
			_noticeDispatcher, "_trainingNoticeLocalService",
			_trainingNoticeLocalService);

		_noticeDispatcher.addNoticeDelivery(_delivered::add);
	}

	public List<Notice> delivered() {
		return Collections.unmodifiableList(_delivered);
	}

	/**
	 * @return "type to recipient" for every notice delivered, in order
	 */
	public List<String> deliveredTypesAndRecipients() {
		return _delivered.stream(
		).map(
			notice -> notice.getType() + " to " + notice.getRecipientUserId()
		).collect(
			Collectors.toList()
		);
	}

	public NoticeDispatcher noticeDispatcher() {
		return _noticeDispatcher;
	}

	private final Set<String> _claimedKeys = new HashSet<>();
	private final List<Notice> _delivered = new ArrayList<>();
	private final NoticeDispatcher _noticeDispatcher = new NoticeDispatcher();
	private final TrainingNoticeLocalService _trainingNoticeLocalService =
		mock(TrainingNoticeLocalService.class);

}

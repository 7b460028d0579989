package se.livsviktig.instructor.uad.anonymizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.liferay.portal.kernel.model.User;

import java.lang.reflect.Field;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.MeetingNotice;
import se.livsviktig.instructor.model.MeetingNoticeTable;
import se.livsviktig.instructor.service.MeetingNoticeLocalService;
import se.livsviktig.instructor.uad.MeetingNoticeRow;
import se.livsviktig.instructor.uad.constants.MeetingNoticeUADFields;
import se.livsviktig.platform.test.support.Fields;

/**
 * Anonymising the recipient of a meeting notice deletes the record that it was sent; nobody else's erasure touches
 * it, and the rows are found by a column the meeting notice table has.
 *
 * @author Livsviktig
 */
public class MeetingNoticeUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "_meetingNoticeLocalService",
			_meetingNoticeLocalService);
	}

	@Test
	public void anonymisingTheRecipientDeletesTheMeetingNotice()
		throws Exception {

		_anonymizer.autoAnonymize(
			_row.meetingNotice(), MeetingNoticeRow.RECIPIENT_USER_ID,
			mock(User.class));

		verify(
			_meetingNoticeLocalService
		).deleteMeetingNotice(
			_row.meetingNotice()
		);
		assertEquals(Set.of(), _row.changedColumns());
	}

	@Test
	public void anonymisingSomeoneElseKeepsTheMeetingNotice()
		throws Exception {

		_anonymizer.autoAnonymize(
			_row.meetingNotice(), _OTHER_USER_ID, mock(User.class));

		verify(
			_meetingNoticeLocalService, never()
		).deleteMeetingNotice(
			any(MeetingNotice.class)
		);
	}

	@Test
	public void theRecipientIsFoundByAColumnOfTheMeetingNoticeTable() {
		Set<String> columns = Arrays.stream(
			MeetingNoticeTable.class.getFields()
		).map(
			Field::getName
		).collect(
			Collectors.toSet()
		);

		for (String userIdFieldName :
				MeetingNoticeUADFields.USER_ID_FIELD_NAMES) {

			assertTrue(columns.contains(userIdFieldName), userIdFieldName);
		}
	}

	private static final long _OTHER_USER_ID = 30999;

	private final MeetingNoticeUADAnonymizer _anonymizer =
		new MeetingNoticeUADAnonymizer();
	private final MeetingNoticeLocalService _meetingNoticeLocalService =
		mock(MeetingNoticeLocalService.class);
	private final MeetingNoticeRow _row = new MeetingNoticeRow();

}

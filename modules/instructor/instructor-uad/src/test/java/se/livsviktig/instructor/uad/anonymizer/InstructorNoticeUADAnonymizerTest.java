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

import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.model.InstructorNoticeTable;
import se.livsviktig.instructor.service.InstructorNoticeLocalService;
import se.livsviktig.instructor.uad.InstructorNoticeRow;
import se.livsviktig.instructor.uad.constants.InstructorNoticeUADFields;
import se.livsviktig.platform.test.support.Fields;

/**
 * Anonymising the recipient of a notice deletes the record that it was sent; nobody else's erasure touches it, and
 * the rows are found by a column the notice table has.
 *
 * @author Livsviktig
 */
public class InstructorNoticeUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "_instructorNoticeLocalService",
			_instructorNoticeLocalService);
	}

	@Test
	public void anonymisingTheRecipientDeletesTheNotice() throws Exception {
		_anonymizer.autoAnonymize(
			_row.instructorNotice(), InstructorNoticeRow.RECIPIENT_USER_ID,
			mock(User.class));

		verify(
			_instructorNoticeLocalService
		).deleteInstructorNotice(
			_row.instructorNotice()
		);
		assertEquals(Set.of(), _row.changedColumns());
	}

	@Test
	public void anonymisingSomeoneElseKeepsTheNotice() throws Exception {
		_anonymizer.autoAnonymize(
			_row.instructorNotice(), _OTHER_USER_ID, mock(User.class));

		verify(
			_instructorNoticeLocalService, never()
		).deleteInstructorNotice(
			any(InstructorNotice.class)
		);
	}

	@Test
	public void theRecipientIsFoundByAColumnOfTheNoticeTable() {
		Set<String> columns = Arrays.stream(
			InstructorNoticeTable.class.getFields()
		).map(
			Field::getName
		).collect(
			Collectors.toSet()
		);

		for (String userIdFieldName :
				InstructorNoticeUADFields.USER_ID_FIELD_NAMES) {

			assertTrue(columns.contains(userIdFieldName), userIdFieldName);
		}
	}

	private static final long _OTHER_USER_ID = 30999;

	private final InstructorNoticeUADAnonymizer _anonymizer =
		new InstructorNoticeUADAnonymizer();
	private final InstructorNoticeLocalService _instructorNoticeLocalService =
		mock(InstructorNoticeLocalService.class);
	private final InstructorNoticeRow _row = new InstructorNoticeRow();

}

package se.livsviktig.instructor.uad;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.platform.test.support.uad.ModelRow;

/**
 * The record that the 30-day expiry reminder of a certification went to its holder (see {@link ModelRow}).
 *
 * @author Livsviktig
 */
public final class InstructorNoticeRow extends ModelRow<InstructorNotice> {

	public static final long CERTIFICATION_ID = 41001;

	public static final long INSTRUCTOR_NOTICE_ID = 47001;

	public static final long RECIPIENT_USER_ID = 30002;

	public InstructorNoticeRow() {
		super(InstructorNotice.class, "instructorNoticeId", _values());
	}

	public InstructorNotice instructorNotice() {
		return model();
	}

	private static Map<String, Object> _values() {
		Map<String, Object> values = new HashMap<>();

		values.put("instructorNoticeId", INSTRUCTOR_NOTICE_ID);
		values.put("groupId", 20121L);
		values.put("companyId", 20097L);
		values.put("userId", RECIPIENT_USER_ID);
		values.put("createDate", new Date(1_700_000_000_000L));
		values.put("certificationId", CERTIFICATION_ID);
		values.put("noticeKind", "expiry-30");
		values.put("mvccVersion", 0L);

		return values;
	}

}

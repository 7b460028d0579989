package se.livsviktig.instructor.internal.notice;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import se.livsviktig.instructor.model.InstructorNoticeTable;

/**
 * The standing notices a company's instructors were sent, in one statement: which episodes each holder was told
 * of, whatever certification the claim was made under (a renewal changes the certification, not the episode).
 *
 * @author Livsviktig
 */
public class SentLicenceStandingNotices {

	public SentLicenceStandingNotices(long companyId) {
		_companyId = companyId;
	}

	public DSLQuery select() {
		InstructorNoticeTable instructorNoticeTable =
			InstructorNoticeTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			instructorNoticeTable
		).from(
			instructorNoticeTable
		).where(
			instructorNoticeTable.companyId.eq(
				_companyId
			).and(
				instructorNoticeTable.noticeKind.like(_PREFIX + "%")
			)
		);
	}

	private static final String _PREFIX = "standing-";

	private final long _companyId;

}

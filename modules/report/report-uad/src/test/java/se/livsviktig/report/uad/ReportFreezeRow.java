package se.livsviktig.report.uad;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import se.livsviktig.platform.test.support.uad.ModelRow;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.model.ReportFreeze;

/**
 * A freeze of 2025 (Stockholm days) for every administration, frozen by one coordinator and unfrozen by another,
 * as plain values behind the model's getters and setters.
 *
 * @author Livsviktig
 */
public class ReportFreezeRow extends ModelRow<ReportFreeze> {

	public static final long COMPANY_ID = 20097;

	public static final long FREEZER_USER_ID = 301;

	public static final long OTHER_USER_ID = 303;

	public static final long REPORT_FREEZE_ID = 41001;

	public static final long UNFREEZER_USER_ID = 302;

	public ReportFreezeRow() {
		super(ReportFreeze.class, "reportFreezeId", _values());
	}

	private static Map<String, Object> _values() {
		Map<String, Object> values = new HashMap<>();

		values.put("reportFreezeId", REPORT_FREEZE_ID);
		values.put("groupId", 20121L);
		values.put("companyId", COMPANY_ID);
		values.put("userId", FREEZER_USER_ID);
		values.put("userName", "Frida Frys");
		values.put("createDate", new Date(1738573200000L));
		values.put("modifiedDate", new Date(1740992400000L));

		// 2025 in Stockholm: from 2025-01-01T00:00+01:00 up to, not including, 2026-01-01T00:00+01:00.

		values.put("periodFrom", new Date(1735686000000L));
		values.put("periodTo", new Date(1767222000000L));
		values.put("organizationId", 0L);
		values.put("status", ReportConstants.STATUS_UNFROZEN);
		values.put("unfrozenByUserId", UNFREEZER_USER_ID);
		values.put("unfrozenByUserName", "Ulf Upplåsare");
		values.put("unfrozenDate", new Date(1740992400000L));
		values.put(
			"unfreezeReason", "Sent before the Nacka figures were corrected");

		return values;
	}

}

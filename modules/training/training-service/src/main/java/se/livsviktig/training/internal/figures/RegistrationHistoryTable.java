package se.livsviktig.training.internal.figures;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The columns of the per-registration history that the person figures join (a derived table, not a table of the
 * schema): whether the registration ever held a seat and whether it was ever waitlisted, as 1 or 0. A derived
 * table knows only the columns it is given, so its query is aliased with these.
 *
 * @author Livsviktig
 */
public class RegistrationHistoryTable
	extends BaseTable<RegistrationHistoryTable> {

	public static final RegistrationHistoryTable INSTANCE =
		new RegistrationHistoryTable();

	public final Column<RegistrationHistoryTable, Long> registrationId =
		createColumn(
			"registrationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RegistrationHistoryTable, Long> seated = createColumn(
		"seated", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<RegistrationHistoryTable, Long> waitlisted =
		createColumn(
			"waitlisted", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private RegistrationHistoryTable() {
		super("history", () -> INSTANCE);
	}

}

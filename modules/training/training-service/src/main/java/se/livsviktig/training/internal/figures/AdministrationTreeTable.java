package se.livsviktig.training.internal.figures;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

/**
 * The columns of the organisation tree that the rolled-up person figures join (a derived table, not a table of the
 * schema): each organisation with the administration whose subtree holds it. A derived table knows only the
 * columns it is given, so its query is aliased with these.
 *
 * @author Livsviktig
 */
public class AdministrationTreeTable
	extends BaseTable<AdministrationTreeTable> {

	public static final AdministrationTreeTable INSTANCE =
		new AdministrationTreeTable();

	public final Column<AdministrationTreeTable, Long> administrationId =
		createColumn(
			"administrationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<AdministrationTreeTable, Long> organizationId =
		createColumn(
			"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private AdministrationTreeTable() {
		super("administrationTree", () -> INSTANCE);
	}

}

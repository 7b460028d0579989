package se.livsviktig.training.internal.upgrade.v1_1_0;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.upgrade.UpgradeProcess;
import com.liferay.portal.kernel.util.Validator;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.sex.RegistrationSexMapping;

/**
 * Schema 1.1.0 gives each registration the statistical attributes of the year's figures: {@code sex}, the
 * category its person had, and {@code participantKey}, whom distinct participants are counted by. Existing rows
 * get the key of their user (so no figure changes: it is what was counted before) and the category their person
 * has now in the company's configured source, one UPDATE per company and category, never a loop over rows; what
 * the source cannot tell (no such person any more, no contact, an empty or unmapped custom field) is unknown.
 *
 * <p>
 * Each part fills only the rows still empty, so a step interrupted half-way, or run again, finishes the job
 * without changing what it wrote.
 * </p>
 *
 * @author Livsviktig
 */
public class RegistrationSexUpgradeProcess extends UpgradeProcess {

	public static final String TABLE_NAME = "LVTraining_Registration";

	public RegistrationSexUpgradeProcess(
		TrainingCompanySettings trainingCompanySettings) {

		_trainingCompanySettings = trainingCompanySettings;
	}

	@Override
	protected void doUpgrade() throws Exception {
		if (!hasColumn(TABLE_NAME, "participantKey")) {
			alterTableAddColumn(TABLE_NAME, "participantKey", "LONG");
		}

		if (!hasColumn(TABLE_NAME, "sex")) {
			alterTableAddColumn(TABLE_NAME, "sex", "VARCHAR(75) null");
		}

		_update(
			"update " + TABLE_NAME +
				" set participantKey = userId where participantKey is null");

		for (long companyId : _companyIdsWithoutSex()) {
			_fillSex(companyId);
		}

		_update(
			"update " + TABLE_NAME + " set sex = ? where sex is null",
			RegistrationSexes.UNKNOWN);
	}

	private List<Long> _companyIdsWithoutSex() throws Exception {
		List<Long> companyIds = new ArrayList<>();

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"select distinct companyId from " + TABLE_NAME +
					" where sex is null");
			ResultSet resultSet = preparedStatement.executeQuery()) {

			while (resultSet.next()) {
				companyIds.add(resultSet.getLong(1));
			}
		}

		return companyIds;
	}

	private void _fillSex(long companyId) throws Exception {
		TrainingCompanyConfiguration trainingCompanyConfiguration =
			_trainingCompanySettings.get(companyId);

		String customFieldName = trainingCompanyConfiguration.sexCustomFieldName();

		if (Validator.isBlank(customFieldName)) {
			_fillSexFromContacts(companyId);
		}
		else {
			_fillSexFromCustomField(
				companyId, customFieldName.trim(),
				RegistrationSexMapping.parse(
					trainingCompanyConfiguration.sexCustomFieldValues()));
		}
	}

	private void _fillSexFromContacts(long companyId) throws Exception {
		for (boolean male : new boolean[] {false, true}) {
			_update(
				_CONTACT_SQL,
				male ? RegistrationSexes.MALE : RegistrationSexes.FEMALE,
				companyId, companyId, male);
		}
	}

	private void _fillSexFromCustomField(
			long companyId, String customFieldName,
			RegistrationSexMapping registrationSexMapping)
		throws Exception {

		Map<String, List<String>> valuesBySex = new TreeMap<>();

		for (Map.Entry<String, String> entry :
				registrationSexMapping.getSexesByValue().entrySet()) {

			valuesBySex.computeIfAbsent(
				entry.getValue(), sex -> new ArrayList<>()
			).add(
				entry.getKey()
			);
		}

		for (Map.Entry<String, List<String>> entry : valuesBySex.entrySet()) {
			List<String> values = entry.getValue();

			List<Object> parameters = new ArrayList<>();

			parameters.add(entry.getKey());
			parameters.add(companyId);
			parameters.add(companyId);
			parameters.add(User.class.getName());
			parameters.add(customFieldName);
			parameters.addAll(values);

			_update(
				_CUSTOM_FIELD_SQL +
					String.join(", ", Collections.nCopies(values.size(), "?")) +
						"))",
				parameters.toArray());
		}
	}

	private void _update(String sql, Object... parameters) throws Exception {
		try (PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			for (int i = 0; i < parameters.length; i++) {
				preparedStatement.setObject(i + 1, parameters[i]);
			}

			preparedStatement.executeUpdate();
		}
	}

	/**
	 * The registrations of one company still without a category whose person's contact has the given gender.
	 */
	private static final String _CONTACT_SQL = String.join(
		" ", "update", TABLE_NAME, "set sex = ? where companyId = ? and sex is null",
		"and userId in (select User_.userId from User_ inner join Contact_",
		"on Contact_.contactId = User_.contactId",
		"where User_.companyId = ? and Contact_.male = ?)");

	/**
	 * The same for a user custom field whose value, trimmed and in lower case, is one of the listed values (the
	 * caller closes the list). The portal keeps a user custom field in the company's CUSTOM_FIELDS table of the
	 * User class.
	 */
	private static final String _CUSTOM_FIELD_SQL = String.join(
		" ", "update", TABLE_NAME, "set sex = ? where companyId = ? and sex is null",
		"and userId in (select ExpandoValue.classPK from ExpandoValue",
		"inner join ExpandoColumn on ExpandoColumn.columnId = ExpandoValue.columnId",
		"inner join ExpandoTable on ExpandoTable.tableId = ExpandoColumn.tableId",
		"inner join ClassName_ on ClassName_.classNameId = ExpandoTable.classNameId",
		"where ExpandoTable.companyId = ? and ClassName_.value = ?",
		"and ExpandoTable.name = 'CUSTOM_FIELDS' and ExpandoColumn.name = ?",
		"and lower(trim(ExpandoValue.data_)) in (");

	private final TrainingCompanySettings _trainingCompanySettings;

}

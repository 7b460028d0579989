package se.livsviktig.instructor.internal.upgrade.v1_2_0;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.upgrade.UpgradeProcess;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.instructor.internal.figures.CertificationHolderStatistics;

/**
 * Schema 1.2.0 gives each certification the statistical attributes of the year's figures: {@code organizationId},
 * the holder's administration, and {@code sex}, the holder's category. Existing rows get what their holder has now,
 * by the rules a new certification is recorded with ({@link CertificationHolderStatistics}), one UPDATE per holder:
 * the holders are the company's instructors, a few hundred at most, and reading the category through training's
 * published resolver keeps its one definition (the configured source, a custom field's mapping) in training.
 *
 * <p>
 * Only rows still without a category are filled, so a step interrupted half-way, or run again, finishes the job
 * without changing what it wrote.
 * </p>
 *
 * @author Livsviktig
 */
public class CertificationStatisticsUpgradeProcess extends UpgradeProcess {

	public static final String TABLE_NAME = "LVInstructor_Certification";

	public CertificationStatisticsUpgradeProcess(
		CertificationHolderStatistics certificationHolderStatistics) {

		_certificationHolderStatistics = certificationHolderStatistics;
	}

	@Override
	protected void doUpgrade() throws Exception {
		if (!hasColumn(TABLE_NAME, "organizationId")) {
			alterTableAddColumn(TABLE_NAME, "organizationId", "LONG");
		}

		if (!hasColumn(TABLE_NAME, "sex")) {
			alterTableAddColumn(TABLE_NAME, "sex", "VARCHAR(75) null");
		}

		for (long holderUserId : _holderUserIdsWithoutSex()) {
			User holder = _certificationHolderStatistics.fetchHolder(
				holderUserId);

			try (PreparedStatement preparedStatement =
					connection.prepareStatement(
						"update " + TABLE_NAME +
							" set organizationId = ?, sex = ? where " +
								"holderUserId = ? and sex is null")) {

				preparedStatement.setLong(
					1, _certificationHolderStatistics.organizationIdOf(holder));
				preparedStatement.setString(
					2, _certificationHolderStatistics.sexOf(holder));
				preparedStatement.setLong(3, holderUserId);

				preparedStatement.executeUpdate();
			}
		}
	}

	private List<Long> _holderUserIdsWithoutSex() throws Exception {
		List<Long> holderUserIds = new ArrayList<>();

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"select distinct holderUserId from " + TABLE_NAME +
					" where sex is null");
			ResultSet resultSet = preparedStatement.executeQuery()) {

			while (resultSet.next()) {
				holderUserIds.add(resultSet.getLong(1));
			}
		}

		return holderUserIds;
	}

	private final CertificationHolderStatistics _certificationHolderStatistics;

}

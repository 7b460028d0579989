package se.livsviktig.careprogram.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static se.livsviktig.careprogram.test.persistence.CareProgramRows.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramContact;
import se.livsviktig.careprogram.model.CareProgramMethod;
import se.livsviktig.careprogram.model.CareProgramTargetGroup;
import se.livsviktig.careprogram.service.persistence.CareProgramContactPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramMethodPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramTargetGroupPersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The finders of programmes and their target groups, methods and contacts in service.xml, on PostgreSQL.
 *
 * @author Livsviktig
 */
class CareProgramFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = CareProgramRows.harness();

	@FinderUnderTest(entity = "CareProgram", finder = "G")
	@Test
	void findByGReturnsTheSitesProgrammesOnly() throws Exception {
		long groupId = _rows.newId();

		CareProgram first = _rows.careProgram(row -> row.setGroupId(groupId));
		CareProgram second = _rows.careProgram(row -> row.setGroupId(groupId));

		_rows.careProgram(row -> row.setGroupId(_rows.newId()));

		CareProgramPersistence persistence = harness.get(CareProgramPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByG(groupId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByG(groupId)));
	}

	@FinderUnderTest(entity = "CareProgram", finder = "C")
	@Test
	void findByCReturnsTheCompanysProgrammesOnly() throws Exception {
		long companyId = _rows.newId();

		CareProgram first = _rows.careProgram(row -> row.setCompanyId(companyId));
		CareProgram second = _rows.careProgram(row -> row.setCompanyId(companyId));

		_rows.careProgram(row -> row.setCompanyId(_rows.newId()));

		CareProgramPersistence persistence = harness.get(CareProgramPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByC(companyId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByC(companyId)));
	}

	@FinderUnderTest(entity = "CareProgram", finder = "ArticleResourcePrimKey")
	@Test
	void findByArticleResourcePrimKeyReturnsTheProgrammesOfThatArticleOnly() throws Exception {
		long articleResourcePrimKey = _rows.newId();

		CareProgram first = _rows.careProgram(row -> row.setArticleResourcePrimKey(articleResourcePrimKey));
		CareProgram second = _rows.careProgram(row -> row.setArticleResourcePrimKey(articleResourcePrimKey));

		_rows.careProgram(row -> row.setArticleResourcePrimKey(_rows.newId()));

		CareProgramPersistence persistence = harness.get(CareProgramPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByArticleResourcePrimKey(articleResourcePrimKey))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByArticleResourcePrimKey(articleResourcePrimKey)));
	}

	@FinderUnderTest(entity = "CareProgram", finder = "OwnerUserId")
	@Test
	void findByOwnerUserIdReturnsTheProgrammesThePersonOwnsOnly() throws Exception {
		long ownerUserId = _rows.newId();

		CareProgram first = _rows.careProgram(row -> row.setOwnerUserId(ownerUserId));
		CareProgram second = _rows.careProgram(row -> row.setOwnerUserId(ownerUserId));

		_rows.careProgram(row -> row.setOwnerUserId(_rows.newId()));

		CareProgramPersistence persistence = harness.get(CareProgramPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByOwnerUserId(ownerUserId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByOwnerUserId(ownerUserId)));
	}

	@FinderUnderTest(entity = "CareProgramTargetGroup", finder = "P_C")
	@Test
	void fetchByP_CFindsThatProgrammesRowOfThatCategoryOnly() throws Exception {
		long careProgramId = _rows.newId();
		long assetCategoryId = _rows.newId();

		CareProgramTargetGroup expected = _rows.careProgramTargetGroup(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setAssetCategoryId(assetCategoryId);
			});

		_rows.careProgramTargetGroup(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setAssetCategoryId(_rows.newId());
			});

		CareProgramTargetGroupPersistence persistence = harness.get(CareProgramTargetGroupPersistence.class);

		assertEquals(
			expected.getPrimaryKeyObj(),
			_rows.read(
				() -> persistence.fetchByP_C(careProgramId, assetCategoryId)
			).getPrimaryKeyObj());
		assertNull(
			_rows.read(() -> persistence.fetchByP_C(careProgramId, _rows.newId())));
		assertEquals(
			1, (int)_rows.read(() -> persistence.countByP_C(careProgramId, assetCategoryId)));
	}

	@FinderUnderTest(entity = "CareProgramTargetGroup", finder = "CareProgramId")
	@Test
	void findByCareProgramIdReturnsTheProgrammesTargetGroupsOnly() throws Exception {
		long careProgramId = _rows.newId();

		CareProgramTargetGroup first = _rows.careProgramTargetGroup(row -> row.setCareProgramId(careProgramId));
		CareProgramTargetGroup second = _rows.careProgramTargetGroup(row -> row.setCareProgramId(careProgramId));

		_rows.careProgramTargetGroup(row -> row.setCareProgramId(_rows.newId()));

		CareProgramTargetGroupPersistence persistence = harness.get(CareProgramTargetGroupPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByCareProgramId(careProgramId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByCareProgramId(careProgramId)));
	}

	@FinderUnderTest(entity = "CareProgramTargetGroup", finder = "AssetCategoryId")
	@Test
	void findByAssetCategoryIdReturnsTheRowsOfThatCategoryOnly() throws Exception {
		long assetCategoryId = _rows.newId();

		CareProgramTargetGroup first = _rows.careProgramTargetGroup(row -> row.setAssetCategoryId(assetCategoryId));
		CareProgramTargetGroup second = _rows.careProgramTargetGroup(row -> row.setAssetCategoryId(assetCategoryId));

		_rows.careProgramTargetGroup(row -> row.setAssetCategoryId(_rows.newId()));

		CareProgramTargetGroupPersistence persistence = harness.get(CareProgramTargetGroupPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByAssetCategoryId(assetCategoryId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByAssetCategoryId(assetCategoryId)));
	}

	@FinderUnderTest(entity = "CareProgramMethod", finder = "P_M")
	@Test
	void fetchByP_MFindsThatProgrammesRowOfThatMethodOnly() throws Exception {
		long careProgramId = _rows.newId();
		long methodId = _rows.newId();

		CareProgramMethod expected = _rows.careProgramMethod(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setMethodId(methodId);
			});

		_rows.careProgramMethod(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setMethodId(_rows.newId());
			});

		CareProgramMethodPersistence persistence = harness.get(CareProgramMethodPersistence.class);

		assertEquals(
			expected.getPrimaryKeyObj(),
			_rows.read(
				() -> persistence.fetchByP_M(careProgramId, methodId)
			).getPrimaryKeyObj());
		assertNull(
			_rows.read(() -> persistence.fetchByP_M(careProgramId, _rows.newId())));
		assertEquals(
			1, (int)_rows.read(() -> persistence.countByP_M(careProgramId, methodId)));
	}

	@FinderUnderTest(entity = "CareProgramMethod", finder = "CareProgramId")
	@Test
	void findByCareProgramIdReturnsTheProgrammesMethodsOnly() throws Exception {
		long careProgramId = _rows.newId();

		CareProgramMethod first = _rows.careProgramMethod(row -> row.setCareProgramId(careProgramId));
		CareProgramMethod second = _rows.careProgramMethod(row -> row.setCareProgramId(careProgramId));

		_rows.careProgramMethod(row -> row.setCareProgramId(_rows.newId()));

		CareProgramMethodPersistence persistence = harness.get(CareProgramMethodPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByCareProgramId(careProgramId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByCareProgramId(careProgramId)));
	}

	@FinderUnderTest(entity = "CareProgramContact", finder = "P_U")
	@Test
	void fetchByP_UFindsThatProgrammesRowOfThatPersonOnly() throws Exception {
		long careProgramId = _rows.newId();
		long userId = _rows.newId();

		CareProgramContact expected = _rows.careProgramContact(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setUserId(userId);
			});

		_rows.careProgramContact(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setUserId(_rows.newId());
			});

		CareProgramContactPersistence persistence = harness.get(CareProgramContactPersistence.class);

		assertEquals(
			expected.getPrimaryKeyObj(),
			_rows.read(
				() -> persistence.fetchByP_U(careProgramId, userId)
			).getPrimaryKeyObj());
		assertNull(
			_rows.read(() -> persistence.fetchByP_U(careProgramId, _rows.newId())));
		assertEquals(
			1, (int)_rows.read(() -> persistence.countByP_U(careProgramId, userId)));
	}

	@FinderUnderTest(entity = "CareProgramContact", finder = "CareProgramId")
	@Test
	void findByCareProgramIdReturnsTheProgrammesContactsOnly() throws Exception {
		long careProgramId = _rows.newId();

		CareProgramContact first = _rows.careProgramContact(row -> row.setCareProgramId(careProgramId));
		CareProgramContact second = _rows.careProgramContact(row -> row.setCareProgramId(careProgramId));

		_rows.careProgramContact(row -> row.setCareProgramId(_rows.newId()));

		CareProgramContactPersistence persistence = harness.get(CareProgramContactPersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByCareProgramId(careProgramId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByCareProgramId(careProgramId)));
	}

	private final CareProgramRows _rows = new CareProgramRows(harness);

}

package se.livsviktig.careprogram.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static se.livsviktig.careprogram.test.persistence.CareProgramRows.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.persistence.LocalRoutinePersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The LocalRoutine finders of service.xml, on PostgreSQL, and the unique index of one routine per programme and administration.
 *
 * @author Livsviktig
 */
class LocalRoutineFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = CareProgramRows.harness();

	@FinderUnderTest(entity = "LocalRoutine", finder = "P_O")
	@Test
	void fetchByP_OFindsTheAdministrationsRoutineOfThatProgrammeOnly() throws Exception {
		long careProgramId = _rows.newId();
		long organizationId = _rows.newId();

		LocalRoutine expected = _rows.localRoutine(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setOrganizationId(organizationId);
			});

		_rows.localRoutine(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setOrganizationId(_rows.newId());
			});

		LocalRoutinePersistence persistence = harness.get(LocalRoutinePersistence.class);

		assertEquals(
			expected.getPrimaryKeyObj(),
			_rows.read(
				() -> persistence.fetchByP_O(careProgramId, organizationId)
			).getPrimaryKeyObj());
		assertNull(
			_rows.read(() -> persistence.fetchByP_O(careProgramId, _rows.newId())));
		assertEquals(
			1, (int)_rows.read(() -> persistence.countByP_O(careProgramId, organizationId)));
	}

	@FinderUnderTest(entity = "LocalRoutine", finder = "CareProgramId")
	@Test
	void findByCareProgramIdReturnsTheProgrammesRoutinesOnly() throws Exception {
		long careProgramId = _rows.newId();

		LocalRoutine first = _rows.localRoutine(row -> row.setCareProgramId(careProgramId));
		LocalRoutine second = _rows.localRoutine(row -> row.setCareProgramId(careProgramId));

		_rows.localRoutine(row -> row.setCareProgramId(_rows.newId()));

		LocalRoutinePersistence persistence = harness.get(LocalRoutinePersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByCareProgramId(careProgramId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByCareProgramId(careProgramId)));
	}

	@FinderUnderTest(entity = "LocalRoutine", finder = "OrganizationId")
	@Test
	void findByOrganizationIdReturnsTheAdministrationsRoutinesOnly() throws Exception {
		long organizationId = _rows.newId();

		LocalRoutine first = _rows.localRoutine(row -> row.setOrganizationId(organizationId));
		LocalRoutine second = _rows.localRoutine(row -> row.setOrganizationId(organizationId));

		_rows.localRoutine(row -> row.setOrganizationId(_rows.newId()));

		LocalRoutinePersistence persistence = harness.get(LocalRoutinePersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByOrganizationId(organizationId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByOrganizationId(organizationId)));
	}

	@FinderUnderTest(entity = "LocalRoutine", finder = "OwnerUserId")
	@Test
	void findByOwnerUserIdReturnsTheRoutinesThePersonOwnsOnly() throws Exception {
		long ownerUserId = _rows.newId();

		LocalRoutine first = _rows.localRoutine(row -> row.setOwnerUserId(ownerUserId));
		LocalRoutine second = _rows.localRoutine(row -> row.setOwnerUserId(ownerUserId));

		_rows.localRoutine(row -> row.setOwnerUserId(_rows.newId()));

		LocalRoutinePersistence persistence = harness.get(LocalRoutinePersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByOwnerUserId(ownerUserId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByOwnerUserId(ownerUserId)));
	}

	@FinderUnderTest(entity = "LocalRoutine", finder = "ArticleResourcePrimKey")
	@Test
	void findByArticleResourcePrimKeyReturnsTheRoutinesOfThatArticleOnly() throws Exception {
		long articleResourcePrimKey = _rows.newId();

		LocalRoutine first = _rows.localRoutine(row -> row.setArticleResourcePrimKey(articleResourcePrimKey));
		LocalRoutine second = _rows.localRoutine(row -> row.setArticleResourcePrimKey(articleResourcePrimKey));

		_rows.localRoutine(row -> row.setArticleResourcePrimKey(_rows.newId()));

		LocalRoutinePersistence persistence = harness.get(LocalRoutinePersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByArticleResourcePrimKey(articleResourcePrimKey))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByArticleResourcePrimKey(articleResourcePrimKey)));
	}

	@FinderUnderTest(entity = "LocalRoutine", finder = "G")
	@Test
	void findByGReturnsTheSitesRoutinesOnly() throws Exception {
		long groupId = _rows.newId();

		LocalRoutine first = _rows.localRoutine(row -> row.setGroupId(groupId));
		LocalRoutine second = _rows.localRoutine(row -> row.setGroupId(groupId));

		_rows.localRoutine(row -> row.setGroupId(_rows.newId()));

		LocalRoutinePersistence persistence = harness.get(LocalRoutinePersistence.class);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> persistence.findByG(groupId))));
		assertEquals(
			2, (int)_rows.read(() -> persistence.countByG(groupId)));
	}

	/**
	 * The unique index behind DuplicateLocalRoutineException: the database itself refuses a second routine of the
	 * same administration for the same programme, whichever node of a cluster writes it.
	 */
	@Test
	void theDatabaseRefusesASecondRoutineOfTheSameAdministrationAndProgramme()
		throws Exception {

		long careProgramId = _rows.newId();
		long organizationId = _rows.newId();

		_rows.localRoutine(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setOrganizationId(organizationId);
			});

		assertThrows(
			Exception.class,
			() -> _rows.localRoutine(
				row -> {
					row.setCareProgramId(careProgramId);
					row.setOrganizationId(organizationId);
				}));

		LocalRoutinePersistence persistence = harness.get(
			LocalRoutinePersistence.class);

		assertEquals(
			1,
			(int)_rows.read(
				() -> persistence.countByCareProgramId(careProgramId)));
	}

	private final CareProgramRows _rows = new CareProgramRows(harness);

}

package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static se.livsviktig.instructor.test.persistence.InstructorRows.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.persistence.CertificationPersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The Certification finders of service.xml, on PostgreSQL.
 *
 * @author Livsviktig
 */
class CertificationFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	@FinderUnderTest(entity = "Certification", finder = "C_HU_TM_S")
	@Test
	void findByC_HU_TM_SReturnsThePersonsCertificationsOfTheMethodInTheState()
		throws Exception {

		long holderUserId = _rows.newId();

		Certification active = _certification(
			_COMPANY_ID, holderUserId, _MHFA, "1", _ACTIVE);

		_certification(_COMPANY_ID, holderUserId, _MHFA, "2", _REVOKED);
		_certification(_COMPANY_ID, holderUserId, _YAM, "3", _ACTIVE);
		_certification(_OTHER_COMPANY_ID, holderUserId, _MHFA, "4", _ACTIVE);
		_certification(_COMPANY_ID, _rows.newId(), _MHFA, "5", _ACTIVE);

		assertEquals(
			keys(active),
			keys(
				_rows.read(
					() -> _persistence().findByC_HU_TM_S(
						_COMPANY_ID, holderUserId, _MHFA, _ACTIVE))));
	}

	@FinderUnderTest(entity = "Certification", finder = "C_TM_I_N")
	@Test
	void findByC_TM_I_NReturnsTheCertificationsWithTheIssuersNumberForTheMethod()
		throws Exception {

		String number = String.valueOf(_rows.newId());

		Certification certification = _certification(
			_COMPANY_ID, _rows.newId(), _MHFA, number, _ACTIVE);

		_certification(_COMPANY_ID, _rows.newId(), _YAM, number, _ACTIVE);
		_certification(
			_OTHER_COMPANY_ID, _rows.newId(), _MHFA, number, _ACTIVE);
		_certification(
			_COMPANY_ID, _rows.newId(), _MHFA, number + "0", _ACTIVE);

		assertEquals(
			keys(certification),
			keys(
				_rows.read(
					() -> _persistence().findByC_TM_I_N(
						_COMPANY_ID, _MHFA, "MHFA Sverige", number))));
		assertEquals(
			1,
			(int)_rows.read(
				() -> _persistence().countByC_TM_I_N(
					_COMPANY_ID, _MHFA, "MHFA Sverige", number)));
	}

	@FinderUnderTest(entity = "Certification", finder = "HolderUserId")
	@Test
	void findByHolderUserIdReturnsEveryCertificationOfThePerson()
		throws Exception {

		long holderUserId = _rows.newId();

		Certification first = _certification(
			_COMPANY_ID, holderUserId, _MHFA, "1", _ACTIVE);
		Certification second = _certification(
			_COMPANY_ID, holderUserId, _YAM, "2", _REVOKED);

		_certification(_COMPANY_ID, _rows.newId(), _MHFA, "3", _ACTIVE);

		assertEquals(
			keys(first, second),
			keys(
				_rows.read(
					() -> _persistence().findByHolderUserId(holderUserId))));
	}

	private static CertificationPersistence _persistence() {
		return harness.get(CertificationPersistence.class);
	}

	private Certification _certification(
			long companyId, long holderUserId, long trainingMethodId,
			String number, int state)
		throws Exception {

		return _rows.certification(
			certification -> {
				certification.setCompanyId(companyId);
				certification.setHolderUserId(holderUserId);
				certification.setTrainingMethodId(trainingMethodId);
				certification.setIssuer("MHFA Sverige");
				certification.setNumber(number);
				certification.setState(state);
			});
	}

	private static final int _ACTIVE = 0;

	private static final long _COMPANY_ID = 20097;

	private static final long _MHFA = 501;

	private static final long _OTHER_COMPANY_ID = 30097;

	private static final int _REVOKED = 2;

	private static final long _YAM = 502;

	private final InstructorRows _rows = new InstructorRows(harness);

}

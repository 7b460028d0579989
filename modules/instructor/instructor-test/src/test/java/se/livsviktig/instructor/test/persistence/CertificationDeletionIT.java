package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;

import static se.livsviktig.instructor.test.persistence.InstructorRows.keys;

import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.search.IndexerRegistry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.service.persistence.CertificationPersistence;
import se.livsviktig.instructor.service.persistence.InstructorNoticePersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * Deleting a certification through the local service (as erasing its holder's personal data does) deletes the
 * record of the notices sent about it, which names the holder, and only those, on PostgreSQL.
 *
 * @author Livsviktig
 */
class CertificationDeletionIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	/**
	 * An indexer registry that, like the portal's, has no indexer for certifications, for the @Indexable advice
	 * on the generated delete method.
	 */
	@BeforeAll
	static void setUpIndexing() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			IndexerRegistry.class, mock(IndexerRegistry.class), null
		);
	}

	@Test
	void deletingACertificationDeletesTheNoticesSentAboutItAndNoOthers()
		throws Exception {

		long holderUserId = _rows.newId();

		Certification certification = _certification(holderUserId);
		Certification other = _certification(holderUserId);

		_notice(holderUserId, certification.getCertificationId(), "expiry-90");
		_notice(holderUserId, certification.getCertificationId(), "expiry-30");

		InstructorNotice othersNotice = _notice(
			holderUserId, other.getCertificationId(), "expiry-90");

		harness.get(
			CertificationLocalService.class
		).deleteCertification(
			certification.getCertificationId()
		);

		assertNull(
			_rows.read(
				() -> harness.get(
					CertificationPersistence.class
				).fetchByPrimaryKey(
					certification.getCertificationId()
				)));
		assertEquals(
			keys(othersNotice),
			keys(
				_rows.read(
					() -> harness.get(
						InstructorNoticePersistence.class
					).findByUserId(
						holderUserId
					))));
	}

	private Certification _certification(long holderUserId) throws Exception {
		return _rows.certification(
			certification -> {
				certification.setCompanyId(_COMPANY_ID);
				certification.setHolderUserId(holderUserId);
				certification.setTrainingMethodId(501);
				certification.setIssuer("MHFA Sverige");
				certification.setNumber(String.valueOf(_rows.newId()));
			});
	}

	private InstructorNotice _notice(
			long userId, long certificationId, String noticeKind)
		throws Exception {

		return _rows.instructorNotice(
			notice -> {
				notice.setCompanyId(_COMPANY_ID);
				notice.setUserId(userId);
				notice.setCertificationId(certificationId);
				notice.setNoticeKind(noticeKind);
			});
	}

	private static final long _COMPANY_ID = 20097;

	private final InstructorRows _rows = new InstructorRows(harness);

}

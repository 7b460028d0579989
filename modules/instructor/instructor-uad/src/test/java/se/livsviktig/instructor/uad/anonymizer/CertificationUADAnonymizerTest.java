package se.livsviktig.instructor.uad.anonymizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.kernel.model.User;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.uad.CertificationRow;
import se.livsviktig.platform.test.support.Fields;

/**
 * Anonymising a holder deletes their certifications, so the anonymous user never holds a licence; anonymising the
 * coordinator who entered or revoked one replaces exactly their id and name, and the holder's record (number,
 * issuer, dates, reason) stays as it was.
 *
 * @author Livsviktig
 */
public class CertificationUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			_anonymizer, "certificationLocalService",
			_certificationLocalService);

		when(
			_anonymousUser.getUserId()
		).thenReturn(
			_ANONYMOUS_USER_ID
		);
		when(
			_anonymousUser.getFullName()
		).thenReturn(
			_ANONYMOUS_FULL_NAME
		);
	}

	@Test
	public void anonymisingTheHolderDeletesTheCertification() throws Exception {
		_anonymizer.autoAnonymize(
			_row.certification(), CertificationRow.HOLDER_USER_ID,
			_anonymousUser);

		verify(
			_certificationLocalService
		).deleteCertification(
			_row.certification()
		);
		verify(
			_certificationLocalService, never()
		).updateCertification(
			any(Certification.class)
		);
	}

	@Test
	public void anonymisingAHolderWhoEnteredTheirOwnCertificationDeletesIt()
		throws Exception {

		_row.with("userId", CertificationRow.HOLDER_USER_ID);

		_anonymizer.autoAnonymize(
			_row.certification(), CertificationRow.HOLDER_USER_ID,
			_anonymousUser);

		verify(
			_certificationLocalService
		).deleteCertification(
			_row.certification()
		);
	}

	@Test
	public void anonymisingTheCoordinatorWhoEnteredItChangesOnlyTheirIdAndName()
		throws Exception {

		_anonymizer.autoAnonymize(
			_row.certification(), CertificationRow.COORDINATOR_USER_ID,
			_anonymousUser);

		assertAll(
			() -> assertEquals(
				Set.of("userId", "userName"), _row.changedColumns()),
			() -> assertEquals(_ANONYMOUS_USER_ID, _row.value("userId")),
			() -> assertEquals(
				_ANONYMOUS_FULL_NAME, _row.value("userName")));

		verify(
			_certificationLocalService
		).updateCertification(
			_row.certification()
		);
		verify(
			_certificationLocalService, never()
		).deleteCertification(
			any(Certification.class)
		);
	}

	@Test
	public void anonymisingTheCoordinatorWhoRevokedItKeepsTheReason()
		throws Exception {

		_anonymizer.autoAnonymize(
			_row.certification(), CertificationRow.REVOKER_USER_ID,
			_anonymousUser);

		assertAll(
			() -> assertEquals(
				Set.of("stateByUserId", "stateByUserName"),
				_row.changedColumns()),
			() -> assertEquals(
				_ANONYMOUS_USER_ID, _row.value("stateByUserId")),
			() -> assertEquals(
				_ANONYMOUS_FULL_NAME, _row.value("stateByUserName")));
	}

	@Test
	public void anonymisingSomeoneElseChangesNothing() throws Exception {
		_anonymizer.autoAnonymize(
			_row.certification(), _OTHER_USER_ID, _anonymousUser);

		assertEquals(Set.of(), _row.changedColumns());
		verify(
			_certificationLocalService, never()
		).deleteCertification(
			any(Certification.class)
		);
	}

	private static final String _ANONYMOUS_FULL_NAME = "Anonymous Anonymous";

	private static final long _ANONYMOUS_USER_ID = 1;

	private static final long _OTHER_USER_ID = 30999;

	private final CertificationUADAnonymizer _anonymizer =
		new CertificationUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final CertificationLocalService _certificationLocalService = mock(
		CertificationLocalService.class);
	private final CertificationRow _row = new CertificationRow();

}

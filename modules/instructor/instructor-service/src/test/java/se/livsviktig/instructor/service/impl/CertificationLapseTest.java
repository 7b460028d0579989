package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.exception.CertificationStateException;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.impl.CertificationImpl;
import se.livsviktig.instructor.service.persistence.CertificationPersistence;
import se.livsviktig.platform.test.support.Fields;

/**
 * A certification whose date has passed is marked lapsed by the expiry job, kept as history; only an active one can
 * lapse, so a revoked one keeps its reason and a second node's late mark is refused.
 *
 * @author Livsviktig
 */
public class CertificationLapseTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "certificationPersistence", _persistence);

		_service.setClock(Clock.fixed(_NOW, ZoneOffset.UTC));

		_certification.setCertificationId(_CERTIFICATION_ID);
		_certification.setStateByUserId(30001);
		_certification.setStateByUserName("Karin Samordnare");

		when(
			_persistence.findByPrimaryKey(_CERTIFICATION_ID)
		).thenReturn(
			_certification
		);
		when(
			_persistence.update(any(Certification.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);
	}

	@Test
	public void anActiveCertificationLapsesWithNobodyAsWhoChangedIt()
		throws Exception {

		_certification.setState(CertificationConstants.STATE_ACTIVE);

		Certification lapsed = _service.lapseCertification(_CERTIFICATION_ID);

		assertEquals(CertificationConstants.STATE_LAPSED, lapsed.getState());
		assertEquals(0, lapsed.getStateByUserId());
		assertEquals("", lapsed.getStateByUserName());
		assertEquals(Date.from(_NOW), lapsed.getStateDate());
		assertEquals(Date.from(_NOW), lapsed.getModifiedDate());
	}

	@Test
	public void aRevokedOrLapsedCertificationCannotLapse() {
		for (int state :
				new int[] {
					CertificationConstants.STATE_REVOKED,
					CertificationConstants.STATE_LAPSED
				}) {

			_certification.setState(state);

			assertThrows(
				CertificationStateException.class,
				() -> _service.lapseCertification(_CERTIFICATION_ID));
		}

		verify(
			_persistence, never()
		).update(
			any(Certification.class)
		);
	}

	private static final long _CERTIFICATION_ID = 7;

	private static final Instant _NOW = Instant.parse("2027-03-01T09:00:00Z");

	private final Certification _certification = new CertificationImpl();
	private final CertificationPersistence _persistence = mock(
		CertificationPersistence.class);
	private final CertificationLocalServiceImpl _service =
		new CertificationLocalServiceImpl();

}

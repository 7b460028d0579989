package se.livsviktig.instructor.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.exception.CertificationDatesException;
import se.livsviktig.instructor.exception.CertificationStateException;
import se.livsviktig.instructor.exception.CertificationStateReasonException;
import se.livsviktig.instructor.internal.figures.CertificationHolderStatistics;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.model.impl.CertificationImpl;
import se.livsviktig.instructor.service.persistence.CertificationPersistence;
import se.livsviktig.instructor.service.persistence.InstructorNoticePersistence;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.figures.StatisticalSexResolver;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Adding, renewing and revoking certifications: a refused call writes nothing, a renewal is a new row, a
 * revocation keeps the row with its reason.
 *
 * @author Livsviktig
 */
public class CertificationLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "certificationPersistence", _persistence);
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "resourceLocalService", _resourceLocalService);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_groupLocalService", _groupLocalService);
		Fields.set(
			_service, "_trainingMethodLocalService",
			_trainingMethodLocalService);

		_service.setClock(Clock.fixed(_NOW, ZoneOffset.UTC));

		CertificationHolderStatistics certificationHolderStatistics =
			new CertificationHolderStatistics();

		Fields.set(
			certificationHolderStatistics, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(
			certificationHolderStatistics, "_statisticalSexResolver",
			_statisticalSexResolver);
		Fields.set(
			certificationHolderStatistics, "_userLocalService",
			_userLocalService);
		Fields.set(
			_service, "_certificationHolderStatistics",
			certificationHolderStatistics);

		_user(_COORDINATOR_USER_ID);
		_user(_HOLDER_USER_ID);
		_holderIs(_ADMINISTRATION_ID, "male");

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			trainingMethod.getStatus()
		).thenReturn(
			WorkflowConstants.STATUS_APPROVED
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(_METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		Group group = mock(Group.class);

		when(
			group.getGroupId()
		).thenReturn(
			_COMPANY_GROUP_ID
		);
		when(
			_groupLocalService.getCompanyGroup(_COMPANY_ID)
		).thenReturn(
			group
		);

		when(
			_counterLocalService.increment()
		).thenReturn(
			_NEW_ID
		);
		when(
			_persistence.create(anyLong())
		).thenAnswer(
			invocation -> {
				Certification certification = new CertificationImpl();

				certification.setCertificationId(invocation.getArgument(0));

				return certification;
			}
		);
		when(
			_persistence.update(any(Certification.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);
	}

	@Test
	public void deletingACertificationDeletesItsPermissionsAndTheRecordOfItsNotices()
		throws Exception {

		InstructorNoticePersistence instructorNoticePersistence = mock(
			InstructorNoticePersistence.class);

		Fields.set(
			_service, "instructorNoticePersistence",
			instructorNoticePersistence);

		InstructorNotice instructorNotice = mock(InstructorNotice.class);

		when(
			instructorNoticePersistence.<List<InstructorNotice>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			List.of(instructorNotice)
		);

		Certification certification = new CertificationImpl();

		certification.setCertificationId(7);
		certification.setCompanyId(_COMPANY_ID);

		when(
			_persistence.findByPrimaryKey(7L)
		).thenReturn(
			certification
		);

		_service.deleteCertification(7L);

		ArgumentCaptor<DSLQuery> select = ArgumentCaptor.forClass(
			DSLQuery.class);

		verify(instructorNoticePersistence).dslQuery(select.capture());

		assertTrue(
			select.getValue(
			).toSQL(
				new DefaultASTNodeListener()
			).contains(
				"LVInstructor_InstructorNotice.certificationId = ?"
			));

		verify(instructorNoticePersistence).remove(instructorNotice);
		verify(
			_resourceLocalService
		).deleteResource(
			_COMPANY_ID, Certification.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, 7L
		);
		verify(_persistence).remove(certification);
	}

	@Test
	public void addingWritesAnActiveCertificationInTheCompanysGroup()
		throws Exception {

		Certification certification = _service.addCertification(
			_COORDINATOR_USER_ID, _HOLDER_USER_ID, _METHOD_ID, _CERTIFIED,
			_VALID_UNTIL, " MHFA Sverige ", "MHFA-117", new ServiceContext());

		assertEquals(_NEW_ID, certification.getCertificationId());
		assertEquals(_COMPANY_ID, certification.getCompanyId());
		assertEquals(_COMPANY_GROUP_ID, certification.getGroupId());
		assertEquals(_COORDINATOR_USER_ID, certification.getUserId());
		assertEquals(_HOLDER_USER_ID, certification.getHolderUserId());
		assertEquals(_METHOD_ID, certification.getTrainingMethodId());
		assertEquals(_CERTIFIED, certification.getCertifiedDate());
		assertEquals(_VALID_UNTIL, certification.getValidUntil());
		assertEquals("MHFA Sverige", certification.getIssuer());
		assertEquals("MHFA-117", certification.getNumber());
		assertEquals(
			CertificationConstants.STATE_ACTIVE, certification.getState());
		assertEquals(Date.from(_NOW), certification.getCreateDate());

		verify(
			_resourceLocalService
		).addModelResources(
			any(Certification.class), any(ServiceContext.class)
		);
	}

	@Test
	public void aRefusedCertificationWritesNothing() {
		assertThrows(
			CertificationDatesException.class,
			() -> _service.addCertification(
				_COORDINATOR_USER_ID, _HOLDER_USER_ID, _METHOD_ID,
				_VALID_UNTIL, _CERTIFIED, "MHFA Sverige", "MHFA-117",
				new ServiceContext()));

		_verifyNothingWritten();
	}

	@Test
	public void recordingCopiesTheHoldersAdministrationAndSex()
		throws Exception {

		_holderIs(_ADMINISTRATION_ID, "female");

		Certification certification = _service.addCertification(
			_COORDINATOR_USER_ID, _HOLDER_USER_ID, _METHOD_ID, _CERTIFIED,
			_VALID_UNTIL, "MHFA Sverige", "MHFA-117", new ServiceContext());

		assertEquals(_ADMINISTRATION_ID, certification.getOrganizationId());
		assertEquals("female", certification.getSex());
	}

	@Test
	public void renewingCopiesTheHoldersAdministrationAndSexOfItsDay()
		throws Exception {

		Certification renewed = _stored(CertificationConstants.STATE_ACTIVE);

		renewed.setOrganizationId(_ADMINISTRATION_ID);
		renewed.setSex("female");

		_holderIs(_ADMINISTRATION_ID + 1, "unknown");

		Certification renewal = _service.renewCertification(
			_COORDINATOR_USER_ID, renewed.getCertificationId(), _VALID_UNTIL,
			new Date(_VALID_UNTIL.getTime() + _YEAR), "MHFA Sverige",
			"MHFA-118", new ServiceContext());

		assertEquals(_ADMINISTRATION_ID + 1, renewal.getOrganizationId());
		assertEquals("unknown", renewal.getSex());
		assertEquals(_ADMINISTRATION_ID, renewed.getOrganizationId());
		assertEquals("female", renewed.getSex());
	}

	@Test
	public void renewingAddsARowAndLeavesTheRenewedOneAsItWas()
		throws Exception {

		Certification renewed = _stored(CertificationConstants.STATE_ACTIVE);

		Date newValidUntil = new Date(_VALID_UNTIL.getTime() + _YEAR);

		Certification renewal = _service.renewCertification(
			_COORDINATOR_USER_ID, renewed.getCertificationId(), _VALID_UNTIL,
			newValidUntil, "MHFA Sverige", "MHFA-118", new ServiceContext());

		assertEquals(_NEW_ID, renewal.getCertificationId());
		assertEquals(
			renewed.getCertificationId(), renewal.getRenewedCertificationId());
		assertEquals(_HOLDER_USER_ID, renewal.getHolderUserId());
		assertEquals(_METHOD_ID, renewal.getTrainingMethodId());
		assertEquals(newValidUntil, renewal.getValidUntil());

		assertEquals(
			CertificationConstants.STATE_ACTIVE, renewed.getState());
		assertEquals(_VALID_UNTIL, renewed.getValidUntil());
		verify(
			_persistence, never()
		).update(
			renewed
		);
	}

	@Test
	public void revokingKeepsTheRowWithItsReason() throws Exception {
		Certification certification = _stored(
			CertificationConstants.STATE_ACTIVE);

		_service.revokeCertification(
			_COORDINATOR_USER_ID, certification.getCertificationId(),
			" Återkallat av MHFA Sverige ");

		assertEquals(
			CertificationConstants.STATE_REVOKED, certification.getState());
		assertEquals(
			"Återkallat av MHFA Sverige", certification.getStateReason());
		assertEquals(_COORDINATOR_USER_ID, certification.getStateByUserId());
		assertEquals(Date.from(_NOW), certification.getStateDate());
		verify(
			_persistence, never()
		).remove(
			any(Certification.class)
		);
	}

	@Test
	public void revokingWithoutAReasonOrTwiceIsRefusedAndWritesNothing()
		throws Exception {

		Certification active = _stored(CertificationConstants.STATE_ACTIVE);

		assertThrows(
			CertificationStateReasonException.class,
			() -> _service.revokeCertification(
				_COORDINATOR_USER_ID, active.getCertificationId(), ""));
		assertEquals(
			CertificationConstants.STATE_ACTIVE, active.getState());

		Certification revoked = _stored(CertificationConstants.STATE_REVOKED);

		assertThrows(
			CertificationStateException.class,
			() -> _service.revokeCertification(
				_COORDINATOR_USER_ID, revoked.getCertificationId(), "Igen"));

		_verifyNothingWritten();
	}


	@Test
	public void searchJoinsTheHoldersAndCountsTheExpiryWindowFromNow() {
		_service.searchCertifications(
			_COMPANY_ID, _METHOD_ID, CertificationConstants.STATE_ACTIVE, 30,
			"anna", 0, 20);
		_service.searchCertificationsCount(
			_COMPANY_ID, _METHOD_ID, CertificationConstants.STATE_ACTIVE, 30,
			"anna");

		ArgumentCaptor<DSLQuery> select = ArgumentCaptor.forClass(
			DSLQuery.class);
		ArgumentCaptor<DSLQuery> count = ArgumentCaptor.forClass(
			DSLQuery.class);

		verify(_persistence).dslQuery(select.capture());
		verify(_persistence).dslQueryCount(count.capture());

		for (DSLQuery dslQuery : List.of(select.getValue(), count.getValue())) {
			DefaultASTNodeListener listener = new DefaultASTNodeListener();

			String sql = dslQuery.toSQL(listener);

			assertTrue(
				sql.contains(
					"inner join User_ on User_.userId = " +
						"LVInstructor_Certification.holderUserId"),
				sql);

			List<Object> values = listener.getScalarValues();

			assertEquals(
				List.of(
					_COMPANY_ID, _METHOD_ID,
					CertificationConstants.STATE_ACTIVE, Date.from(_NOW),
					Date.from(_NOW.plus(Duration.ofDays(30)))),
				values.subList(0, 5));
		}
	}

	@Test
	public void searchWithoutAWindowHasNoExpiryCondition() {
		_service.searchCertificationsCount(
			_COMPANY_ID, 0, CertificationConstants.STATE_ANY, 0, null);

		ArgumentCaptor<DSLQuery> count = ArgumentCaptor.forClass(
			DSLQuery.class);

		verify(_persistence).dslQueryCount(count.capture());

		String sql = count.getValue(
		).toSQL(
			new DefaultASTNodeListener()
		);

		assertFalse(sql.contains("validUntil"), sql);
	}
	private void _holderIs(long organizationId, String sex) throws Exception {
		when(
			_organizationLocalService.getUserOrganizationIds(
				_HOLDER_USER_ID, true)
		).thenReturn(
			new long[] {organizationId, organizationId + 100}
		);
		when(
			_statisticalSexResolver.resolve(
				_userLocalService.fetchUser(_HOLDER_USER_ID))
		).thenReturn(
			sex
		);
	}

	private Certification _stored(int state) throws Exception {
		long certificationId = _storedId++;

		Certification certification = new CertificationImpl();

		certification.setCertificationId(certificationId);
		certification.setCompanyId(_COMPANY_ID);
		certification.setHolderUserId(_HOLDER_USER_ID);
		certification.setTrainingMethodId(_METHOD_ID);
		certification.setCertifiedDate(_CERTIFIED);
		certification.setValidUntil(_VALID_UNTIL);
		certification.setState(state);

		when(
			_persistence.findByPrimaryKey(certificationId)
		).thenReturn(
			certification
		);

		return certification;
	}

	private void _user(long userId) throws Exception {
		User user = mock(User.class);

		when(
			user.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			user.getUserId()
		).thenReturn(
			userId
		);
		when(
			user.getFullName()
		).thenReturn(
			"Person " + userId
		);
		when(
			_userLocalService.getUser(userId)
		).thenReturn(
			user
		);
		when(
			_userLocalService.fetchUser(userId)
		).thenReturn(
			user
		);
	}

	private void _verifyNothingWritten() {
		verify(
			_persistence, never()
		).update(
			any(Certification.class)
		);
		verify(
			_persistence, never()
		).create(
			anyLong()
		);
	}

	private static final long _ADMINISTRATION_ID = 40101;

	private static final Date _CERTIFIED = new Date(1_900_000_000_000L);

	private static final long _COMPANY_GROUP_ID = 20121;

	private static final long _COMPANY_ID = 20097;

	private static final long _COORDINATOR_USER_ID = 302;

	private static final long _HOLDER_USER_ID = 301;

	private static final long _METHOD_ID = 501;

	private static final long _NEW_ID = 9001;

	private static final Instant _NOW = Instant.parse("2030-06-01T08:00:00Z");

	private static final Date _VALID_UNTIL = new Date(
		1_900_000_000_000L + (3 * 365 * 86_400_000L));

	private static final long _YEAR = 365 * 86_400_000L;

	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final GroupLocalService _groupLocalService = mock(
		GroupLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final CertificationPersistence _persistence = mock(
		CertificationPersistence.class);
	private final ResourceLocalService _resourceLocalService = mock(
		ResourceLocalService.class);
	private final CertificationLocalServiceImpl _service =
		new CertificationLocalServiceImpl();
	private final StatisticalSexResolver _statisticalSexResolver = mock(
		StatisticalSexResolver.class);
	private long _storedId = 100;
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}

package se.livsviktig.instructor.service.impl;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.FromStep;
import com.liferay.petra.sql.dsl.query.JoinStep;
import com.liferay.petra.string.StringPool;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserTable;
import com.liferay.portal.kernel.search.BaseModelSearchResult;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.exception.CertificationStateException;
import se.livsviktig.instructor.directory.InstructorDirectoryEntry;
import se.livsviktig.instructor.internal.certification.CertificationValidator;
import se.livsviktig.instructor.internal.directory.InstructorDirectoryQuery;
import se.livsviktig.instructor.internal.directory.InstructorDirectoryRows;
import se.livsviktig.instructor.internal.figures.CertificationHolderStatistics;
import se.livsviktig.instructor.internal.search.CertificationSearchPredicate;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.CertificationTable;
import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.model.InstructorNoticeTable;
import se.livsviktig.instructor.service.base.CertificationLocalServiceBaseImpl;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Certifications to teach a training method: added, renewed (a new row that points at the one it renews, so the
 * history stays) and revoked with a reason. Every rule is checked before anything is written
 * ({@link CertificationValidator}).
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.Certification",
	service = AopService.class
)
public class CertificationLocalServiceImpl
	extends CertificationLocalServiceBaseImpl {

	@Override
	public Certification addCertification(
			long userId, long holderUserId, long trainingMethodId,
			Date certifiedDate, Date validUntil, String issuer, String number,
			ServiceContext serviceContext)
		throws PortalException {

		return _addCertification(
			userId, holderUserId, trainingMethodId, certifiedDate, validUntil,
			issuer, number, 0, serviceContext);
	}

	/**
	 * @return the person's certifications for the method that are active (whatever their dates)
	 */
	@Override
	public List<Certification> getActiveCertifications(
		long companyId, long holderUserId, long trainingMethodId) {

		return certificationPersistence.findByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId,
			CertificationConstants.STATE_ACTIVE);
	}

	/**
	 * The instructor directory: the company's active users holding an active certification valid today, one
	 * entry per person with their methods and organisations, sorted by last and first name, a page at a time.
	 * Two statements (the page's people, then their methods and organisations); none more when the page is
	 * empty.
	 *
	 * @param trainingMethodId only instructors of this method, or 0 for all
	 * @param organizationId only members of this organisation, or 0 for all
	 * @param keywords words that must each occur in the name or screen name, in any case, or blank
	 */
	@Override
	@Transactional(readOnly = true)
	public List<InstructorDirectoryEntry> getInstructorDirectory(
		long companyId, long trainingMethodId, long organizationId,
		String keywords, int start, int end) {

		InstructorDirectoryQuery instructorDirectoryQuery =
			new InstructorDirectoryQuery(
				companyId, trainingMethodId, organizationId, keywords, _now());

		List<Object[]> instructorRows = certificationPersistence.dslQuery(
			instructorDirectoryQuery.selectInstructors(start, end));

		InstructorDirectoryRows instructorDirectoryRows =
			new InstructorDirectoryRows(instructorRows);

		if (instructorDirectoryRows.isEmpty()) {
			return new ArrayList<>();
		}

		List<Object[]> detailRows = certificationPersistence.dslQuery(
			instructorDirectoryQuery.selectDetails(
				instructorDirectoryRows.getUserIds()));

		return instructorDirectoryRows.fold(detailRows);
	}

	/**
	 * @return the number of people {@link #getInstructorDirectory} pages through, in one statement
	 */
	@Override
	@Transactional(readOnly = true)
	public int getInstructorDirectoryCount(
		long companyId, long trainingMethodId, long organizationId,
		String keywords) {

		return certificationPersistence.dslQueryCount(
			new InstructorDirectoryQuery(
				companyId, trainingMethodId, organizationId, keywords, _now()
			).countInstructors());
	}

	/**
	 * @return every certification the person holds or held, newest certified first
	 */
	@Override
	public List<Certification> getHolderCertifications(long holderUserId) {
		return certificationPersistence.findByHolderUserId(holderUserId);
	}

	/**
	 * A renewal is a new certification of the same person and method; the renewed one stays as it was.
	 */
	@Override
	public Certification renewCertification(
			long userId, long certificationId, Date certifiedDate,
			Date validUntil, String issuer, String number,
			ServiceContext serviceContext)
		throws PortalException {

		Certification renewed = certificationPersistence.findByPrimaryKey(
			certificationId);

		return _addCertification(
			userId, renewed.getHolderUserId(), renewed.getTrainingMethodId(),
			certifiedDate, validUntil, issuer, number, certificationId,
			serviceContext);
	}

	@Override
	public Certification revokeCertification(
			long userId, long certificationId, String reason)
		throws PortalException {

		Certification certification =
			certificationPersistence.findByPrimaryKey(certificationId);

		if (certification.getState() != CertificationConstants.STATE_ACTIVE) {
			throw new CertificationStateException(
				"Certification " + certificationId + " is not active");
		}

		_validator().validateStateReason(reason);

		User user = userLocalService.getUser(userId);
		Date now = _now();

		certification.setModifiedDate(now);
		certification.setState(CertificationConstants.STATE_REVOKED);
		certification.setStateByUserId(userId);
		certification.setStateByUserName(user.getFullName());
		certification.setStateDate(now);
		certification.setStateReason(reason.trim());

		return certificationPersistence.update(certification);
	}

	/**
	 * The coordinators' list of a company's certifications, newest certified first, a page at a time, filtered
	 * in the database (joined with the holders for their names).
	 *
	 * @param trainingMethodId a method, or 0 for all
	 * @param state a state, or {@link CertificationConstants#STATE_ANY}
	 * @param expiringWithinDays only those whose valid-until falls between now and that many days ahead; 0 or
	 *        less for no such filter
	 * @param holderName words that must each occur in the holder's name or screen name, or null
	 */
	@Override
	public List<Certification> searchCertifications(
		long companyId, long trainingMethodId, int state,
		int expiringWithinDays, String holderName, int start, int end) {

		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return certificationPersistence.dslQuery(
			_joinHolders(
				DSLQueryFactoryUtil.select(certificationTable)
			).where(
				_searchPredicate(
					companyId, trainingMethodId, state, expiringWithinDays,
					holderName)
			).orderBy(
				certificationTable.certifiedDate.descending(),
				certificationTable.certificationId.descending()
			).limit(
				start, end
			));
	}

	@Override
	public int searchCertificationsCount(
		long companyId, long trainingMethodId, int state,
		int expiringWithinDays, String holderName) {

		return certificationPersistence.dslQueryCount(
			_joinHolders(
				DSLQueryFactoryUtil.count()
			).where(
				_searchPredicate(
					companyId, trainingMethodId, state, expiringWithinDays,
					holderName)
			));
	}

	/**
	 * As {@link #searchCertifications(long, long, int, int, String, int, int)}, restricted to the certifications of
	 * the given instructors for the given methods (the coordinators' "at risk" and "lapsed" filters hand in the
	 * standings {@code LicenceStandingLocalService} found), and with the total: two statements, the page and its
	 * count, whatever the number of standings (one {@code IN} list per method).
	 *
	 * @param licenceStandings whose holder and method a certification must have; empty for none at all
	 */
	@Override
	@Transactional(readOnly = true)
	public BaseModelSearchResult<Certification> searchCertifications(
		long companyId, long trainingMethodId, int state,
		int expiringWithinDays, String holderName,
		List<LicenceStanding> licenceStandings, int start, int end) {

		if (licenceStandings.isEmpty()) {
			List<Certification> none = new ArrayList<>();

			return new BaseModelSearchResult<>(none, 0);
		}

		CertificationTable certificationTable = CertificationTable.INSTANCE;

		Predicate predicate = _searchPredicate(
			companyId, trainingMethodId, state, expiringWithinDays, holderName
		).and(
			CertificationSearchPredicate.holdersAndMethods(licenceStandings)
		);

		List<Certification> certifications = certificationPersistence.dslQuery(
			_joinHolders(
				DSLQueryFactoryUtil.select(certificationTable)
			).where(
				predicate
			).orderBy(
				certificationTable.certifiedDate.descending(),
				certificationTable.certificationId.descending()
			).limit(
				start, end
			));

		int total = certificationPersistence.dslQueryCount(
			_joinHolders(
				DSLQueryFactoryUtil.count()
			).where(
				predicate
			));

		return new BaseModelSearchResult<>(certifications, total);
	}

	/**
	 * The company's active certifications with a valid-until date on or before the given one, passed ones
	 * included: the certifications the expiry notices are about. Open-ended ones never expire.
	 */
	@Override
	public List<Certification> getActiveCertificationsValidUntilBy(
		long companyId, Date validUntilBy) {

		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return certificationPersistence.dslQuery(
			DSLQueryFactoryUtil.select(
				certificationTable
			).from(
				certificationTable
			).where(
				certificationTable.companyId.eq(
					companyId
				).and(
					certificationTable.state.eq(
						CertificationConstants.STATE_ACTIVE)
				).and(
					certificationTable.validUntil.isNotNull()
				).and(
					certificationTable.validUntil.lte(validUntilBy)
				)
			).orderBy(
				certificationTable.certificationId.ascending()
			));
	}

	/**
	 * Marks an active certification lapsed: it no longer qualifies its holder and stays as history. Nobody chose
	 * this (a date passed), so no person is recorded as having changed the state.
	 */
	@Override
	public Certification lapseCertification(long certificationId)
		throws PortalException {

		Certification certification =
			certificationPersistence.findByPrimaryKey(certificationId);

		if (certification.getState() != CertificationConstants.STATE_ACTIVE) {
			throw new CertificationStateException(
				"Certification " + certificationId + " is not active");
		}

		Date now = _now();

		certification.setModifiedDate(now);
		certification.setState(CertificationConstants.STATE_LAPSED);
		certification.setStateByUserId(0);
		certification.setStateByUserName(StringPool.BLANK);
		certification.setStateDate(now);

		return certificationPersistence.update(certification);
	}

	/**
	 * A certification goes with its permissions and with the record of the notices sent about it, which names the
	 * holder: erasing a holder's personal data (instructor-uad deletes their certifications) leaves nothing of
	 * them behind.
	 */
	@Override
	public Certification deleteCertification(Certification certification)
		throws PortalException {

		InstructorNoticeTable instructorNoticeTable =
			InstructorNoticeTable.INSTANCE;

		List<InstructorNotice> instructorNotices =
			instructorNoticePersistence.dslQuery(
				DSLQueryFactoryUtil.select(
					instructorNoticeTable
				).from(
					instructorNoticeTable
				).where(
					instructorNoticeTable.certificationId.eq(
						certification.getCertificationId())
				));

		for (InstructorNotice instructorNotice : instructorNotices) {
			instructorNoticePersistence.remove(instructorNotice);
		}

		resourceLocalService.deleteResource(
			certification.getCompanyId(), Certification.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL,
			certification.getCertificationId());

		return certificationPersistence.remove(certification);
	}

	@Override
	public Certification deleteCertification(long certificationId)
		throws PortalException {

		return deleteCertification(
			certificationPersistence.findByPrimaryKey(certificationId));
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private Certification _addCertification(
			long userId, long holderUserId, long trainingMethodId,
			Date certifiedDate, Date validUntil, String issuer, String number,
			long renewedCertificationId, ServiceContext serviceContext)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		long companyId = user.getCompanyId();

		_validator().validate(
			companyId, holderUserId, trainingMethodId, certifiedDate,
			validUntil, issuer, number);

		Certification certification = certificationPersistence.create(
			counterLocalService.increment());

		Date now = _now();

		certification.setUuid(serviceContext.getUuid());
		certification.setGroupId(
			_groupLocalService.getCompanyGroup(
				companyId
			).getGroupId());
		certification.setCompanyId(companyId);
		certification.setUserId(userId);
		certification.setUserName(user.getFullName());
		certification.setCreateDate(now);
		certification.setModifiedDate(now);
		certification.setHolderUserId(holderUserId);
		certification.setTrainingMethodId(trainingMethodId);
		certification.setCertifiedDate(certifiedDate);
		certification.setValidUntil(validUntil);
		certification.setIssuer(issuer.trim());
		certification.setNumber(number.trim());
		certification.setRenewedCertificationId(renewedCertificationId);
		certification.setState(CertificationConstants.STATE_ACTIVE);
		certification.setStateByUserId(userId);
		certification.setStateByUserName(user.getFullName());
		certification.setStateDate(now);

		// A renewal is a new record, so it takes the holder's administration and category of its day

		_certificationHolderStatistics.copyOnto(certification);

		certification = certificationPersistence.update(certification);

		resourceLocalService.addModelResources(certification, serviceContext);

		return certification;
	}

	private JoinStep _joinHolders(FromStep fromStep) {
		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return fromStep.from(
			certificationTable
		).innerJoinON(
			UserTable.INSTANCE,
			UserTable.INSTANCE.userId.eq(certificationTable.holderUserId)
		);
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private Predicate _searchPredicate(
		long companyId, long trainingMethodId, int state,
		int expiringWithinDays, String holderName) {

		Date expiringFrom = null;
		Date expiringUntil = null;

		if (expiringWithinDays > 0) {
			Instant now = _clock.instant();

			expiringFrom = Date.from(now);
			expiringUntil = Date.from(
				now.plus(Duration.ofDays(expiringWithinDays)));
		}

		return CertificationSearchPredicate.of(
			companyId, trainingMethodId, state, expiringFrom, expiringUntil,
			holderName);
	}

	private CertificationValidator _validator() {
		return new CertificationValidator(
			userLocalService, _trainingMethodLocalService,
			certificationPersistence);
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CertificationHolderStatistics _certificationHolderStatistics;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}

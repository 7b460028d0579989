package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.systemevent.SystemEvent;
import com.liferay.portal.kernel.model.SystemEventConstants;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingMethodConstants;
import se.livsviktig.training.exception.RequiredTrainingMethodException;
import se.livsviktig.training.exception.TrainingMethodDescriptionException;
import se.livsviktig.training.exception.TrainingMethodNameException;
import se.livsviktig.training.exception.TrainingMethodRuleException;
import se.livsviktig.training.internal.search.KeywordsPredicate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.TrainingMethodTable;
import se.livsviktig.training.service.base.TrainingMethodLocalServiceBaseImpl;

/**
 * Training methods and the rules that follow from them. Validation happens before anything is written, so a
 * refused call leaves the database as it was.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.TrainingMethod",
	service = AopService.class
)
public class TrainingMethodLocalServiceImpl
	extends TrainingMethodLocalServiceBaseImpl {

	@Override
	public TrainingMethod addTrainingMethod(
			long userId, long groupId, String externalReferenceCode,
			Map<Locale, String> nameMap, Map<Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			ServiceContext serviceContext)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		_validate(
			groupId, nameMap, descriptionMap, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays);

		long trainingMethodId = counterLocalService.increment();

		TrainingMethod trainingMethod = trainingMethodPersistence.create(
			trainingMethodId);

		trainingMethod.setUuid(serviceContext.getUuid());
		trainingMethod.setExternalReferenceCode(externalReferenceCode);
		trainingMethod.setGroupId(groupId);
		trainingMethod.setCompanyId(user.getCompanyId());
		trainingMethod.setUserId(user.getUserId());
		trainingMethod.setUserName(user.getFullName());

		Date now = new Date();

		trainingMethod.setCreateDate(serviceContext.getCreateDate(now));
		trainingMethod.setModifiedDate(serviceContext.getModifiedDate(now));

		_setFields(
			trainingMethod, nameMap, descriptionMap,
			certifiedInstructorsRequired, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays);

		trainingMethod.setStatus(WorkflowConstants.STATUS_APPROVED);
		trainingMethod.setStatusByUserId(user.getUserId());
		trainingMethod.setStatusByUserName(user.getFullName());
		trainingMethod.setStatusDate(serviceContext.getModifiedDate(now));

		trainingMethod = trainingMethodPersistence.update(trainingMethod);

		resourceLocalService.addModelResources(trainingMethod, serviceContext);

		return trainingMethod;
	}

	/**
	 * Refuses to delete a method that courses use: their history must stay. Archive it instead.
	 */
	@Override
	@SystemEvent(type = SystemEventConstants.TYPE_DELETE)
	public TrainingMethod deleteTrainingMethod(TrainingMethod trainingMethod)
		throws PortalException {

		int courseCount = coursePersistence.countByTrainingMethodId(
			trainingMethod.getTrainingMethodId());

		if (courseCount > 0) {
			throw new RequiredTrainingMethodException(
				"Training method " + trainingMethod.getTrainingMethodId() +
					" is used by " + courseCount + " courses");
		}

		resourceLocalService.deleteResource(
			trainingMethod.getCompanyId(), TrainingMethod.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL,
			trainingMethod.getTrainingMethodId());

		return trainingMethodPersistence.remove(trainingMethod);
	}

	@Override
	public TrainingMethod deleteTrainingMethod(long trainingMethodId)
		throws PortalException {

		return trainingMethodLocalService.deleteTrainingMethod(
			trainingMethodPersistence.findByPrimaryKey(trainingMethodId));
	}

	@Override
	public List<TrainingMethod> getTrainingMethods(
		long groupId, int status, int start, int end) {

		return trainingMethodPersistence.findByG_S(groupId, status, start, end);
	}

	/**
	 * @return the site's methods, active or archived
	 */
	@Override
	public int getTrainingMethodsCount(long groupId) {
		return trainingMethodPersistence.countByGroupId(groupId);
	}

	@Override
	public int getTrainingMethodsCount(long groupId, int status) {
		return trainingMethodPersistence.countByG_S(groupId, status);
	}

	/**
	 * The coordinators' list of a site's training methods, a page at a time.
	 *
	 * @param keywords words that must each occur in the name, in any language, or null
	 * @param status WorkflowConstants.STATUS_APPROVED (active), STATUS_INACTIVE (archived) or STATUS_ANY
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 * @param orderByComparator the order, or null for the order of creation
	 */
	@Override
	public List<TrainingMethod> searchTrainingMethods(
		long groupId, String keywords, int status,
		Predicate permissionPredicate, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		TrainingMethodTable trainingMethodTable = TrainingMethodTable.INSTANCE;

		return trainingMethodPersistence.dslQuery(
			DSLQueryFactoryUtil.select(
				trainingMethodTable
			).from(
				trainingMethodTable
			).where(
				_searchPredicate(groupId, keywords, status, permissionPredicate)
			).orderBy(
				orderByStep -> {
					if (orderByComparator == null) {
						return orderByStep.orderBy(
							trainingMethodTable.trainingMethodId.ascending());
					}

					return orderByStep.orderBy(
						trainingMethodTable, orderByComparator);
				}
			).limit(
				start, end
			));
	}

	@Override
	public int searchTrainingMethodsCount(
		long groupId, String keywords, int status,
		Predicate permissionPredicate) {

		return trainingMethodPersistence.dslQueryCount(
			DSLQueryFactoryUtil.count(
			).from(
				TrainingMethodTable.INSTANCE
			).where(
				_searchPredicate(groupId, keywords, status, permissionPredicate)
			));
	}

	@Override
	public TrainingMethod updateStatus(
			long userId, long trainingMethodId, int status)
		throws PortalException {

		if ((status != WorkflowConstants.STATUS_APPROVED) &&
			(status != WorkflowConstants.STATUS_INACTIVE)) {

			throw new TrainingMethodRuleException(
				"A training method is active or archived, not status " +
					status);
		}

		User user = userLocalService.getUser(userId);

		TrainingMethod trainingMethod =
			trainingMethodPersistence.findByPrimaryKey(trainingMethodId);

		trainingMethod.setStatus(status);
		trainingMethod.setStatusByUserId(user.getUserId());
		trainingMethod.setStatusByUserName(user.getFullName());
		trainingMethod.setStatusDate(new Date());

		return trainingMethodPersistence.update(trainingMethod);
	}

	@Override
	public TrainingMethod updateTrainingMethod(
			long trainingMethodId, Map<Locale, String> nameMap,
			Map<Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			ServiceContext serviceContext)
		throws PortalException {

		TrainingMethod trainingMethod =
			trainingMethodPersistence.findByPrimaryKey(trainingMethodId);

		_validate(
			trainingMethod.getGroupId(), nameMap, descriptionMap,
			instructorsPerSession, requiredAttendancePercent,
			licenceSessionsRequired, licencePeriodMonths, followUpSurveyDays);

		trainingMethod.setModifiedDate(
			serviceContext.getModifiedDate(new Date()));

		_setFields(
			trainingMethod, nameMap, descriptionMap,
			certifiedInstructorsRequired, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays);

		return trainingMethodPersistence.update(trainingMethod);
	}

	private Predicate _searchPredicate(
		long groupId, String keywords, int status,
		Predicate permissionPredicate) {

		TrainingMethodTable trainingMethodTable = TrainingMethodTable.INSTANCE;

		Predicate predicate = trainingMethodTable.groupId.eq(groupId);

		if (status != WorkflowConstants.STATUS_ANY) {
			predicate = predicate.and(trainingMethodTable.status.eq(status));
		}

		return predicate.and(
			KeywordsPredicate.of(keywords, trainingMethodTable.name)
		).and(
			permissionPredicate
		);
	}

	private void _setFields(
		TrainingMethod trainingMethod, Map<Locale, String> nameMap,
		Map<Locale, String> descriptionMap,
		boolean certifiedInstructorsRequired, int instructorsPerSession,
		int requiredAttendancePercent, int licenceSessionsRequired,
		int licencePeriodMonths, int followUpSurveyDays) {

		trainingMethod.setNameMap(nameMap);
		trainingMethod.setDescriptionMap(descriptionMap);
		trainingMethod.setCertifiedInstructorsRequired(
			certifiedInstructorsRequired);
		trainingMethod.setInstructorsPerSession(instructorsPerSession);
		trainingMethod.setRequiredAttendancePercent(requiredAttendancePercent);
		trainingMethod.setLicenceSessionsRequired(licenceSessionsRequired);
		trainingMethod.setLicencePeriodMonths(licencePeriodMonths);
		trainingMethod.setFollowUpSurveyDays(followUpSurveyDays);
	}

	private void _validate(
			long groupId, Map<Locale, String> nameMap,
			Map<Locale, String> descriptionMap, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays)
		throws PortalException {

		Locale defaultLocale = _portal.getSiteDefaultLocale(groupId);

		if ((nameMap == null) || Validator.isNull(nameMap.get(defaultLocale))) {
			throw new TrainingMethodNameException(
				"A name is required in " + defaultLocale);
		}

		int nameMaxLength = ModelHintsUtil.getMaxLength(
			TrainingMethod.class.getName(), "name");

		for (String name : nameMap.values()) {
			if ((name != null) && (name.length() > nameMaxLength)) {
				throw new TrainingMethodNameException(
					"A name may have at most " + nameMaxLength + " characters");
			}
		}

		if (descriptionMap != null) {
			for (String description : descriptionMap.values()) {
				if ((description != null) &&
					(description.length() > _DESCRIPTION_MAX_LENGTH)) {

					throw new TrainingMethodDescriptionException(
						"A description may have at most " +
							_DESCRIPTION_MAX_LENGTH + " characters");
				}
			}
		}

		_validateRange(
			"instructorsPerSession", instructorsPerSession, 1,
			TrainingMethodConstants.MAX_INSTRUCTORS_PER_SESSION);
		_validateRange(
			"requiredAttendancePercent", requiredAttendancePercent, 1, 100);
		_validateRange(
			"licenceSessionsRequired", licenceSessionsRequired, 0,
			TrainingMethodConstants.MAX_LICENCE_SESSIONS_REQUIRED);
		_validateRange(
			"licencePeriodMonths", licencePeriodMonths, 0,
			TrainingMethodConstants.MAX_LICENCE_PERIOD_MONTHS);
		_validateRange(
			"followUpSurveyDays", followUpSurveyDays, 0,
			TrainingMethodConstants.MAX_FOLLOW_UP_SURVEY_DAYS);

		if ((licenceSessionsRequired > 0) && (licencePeriodMonths == 0)) {

			// An upkeep of N sessions needs a period to count them in.

			throw new TrainingMethodRuleException(
				"licencePeriodMonths", 1,
				TrainingMethodConstants.MAX_LICENCE_PERIOD_MONTHS);
		}
	}

	private void _validateRange(String field, int value, int min, int max)
		throws TrainingMethodRuleException {

		if ((value < min) || (value > max)) {
			throw new TrainingMethodRuleException(field, min, max);
		}
	}

	private static final int _DESCRIPTION_MAX_LENGTH = 4000;

	@Reference
	private Portal _portal;

}

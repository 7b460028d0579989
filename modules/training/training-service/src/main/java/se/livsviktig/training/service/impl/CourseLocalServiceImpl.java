package se.livsviktig.training.service.impl;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.SystemEventConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.systemevent.SystemEvent;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.CourseDescriptionException;
import se.livsviktig.training.exception.CourseDurationException;
import se.livsviktig.training.exception.CourseTitleException;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.exception.RequiredCourseException;
import se.livsviktig.training.exception.TrainingMethodRuleException;
import se.livsviktig.training.internal.search.KeywordsPredicate;
import se.livsviktig.training.internal.validator.LocalizedTextValidator;
import se.livsviktig.training.internal.validator.MailHeaderText;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.base.CourseLocalServiceBaseImpl;

/**
 * The course catalogue's entries: what a course is, for whom, by which method and how long.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.Course",
	service = AopService.class
)
public class CourseLocalServiceImpl extends CourseLocalServiceBaseImpl {

	public static final double MAX_DURATION_HOURS = 1000;

	@Override
	public Course addCourse(
			long userId, long groupId, long trainingMethodId,
			Map<Locale, String> titleMap, Map<Locale, String> descriptionMap,
			Map<Locale, String> targetAudienceMap, double durationHours,
			boolean autoBookInterested, ServiceContext serviceContext)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		_validate(
			user.getCompanyId(), groupId, trainingMethodId, titleMap,
			descriptionMap, targetAudienceMap, durationHours);

		Course course = coursePersistence.create(
			counterLocalService.increment());

		course.setUuid(serviceContext.getUuid());
		course.setGroupId(groupId);
		course.setCompanyId(user.getCompanyId());
		course.setUserId(userId);
		course.setUserName(user.getFullName());

		Date now = new Date();

		course.setCreateDate(serviceContext.getCreateDate(now));
		course.setModifiedDate(serviceContext.getModifiedDate(now));

		_setFields(
			course, trainingMethodId, titleMap, descriptionMap,
			targetAudienceMap, durationHours, autoBookInterested);

		course.setStatus(WorkflowConstants.STATUS_APPROVED);
		course.setStatusByUserId(userId);
		course.setStatusByUserName(user.getFullName());
		course.setStatusDate(now);

		course = coursePersistence.update(course);

		resourceLocalService.addModelResources(course, serviceContext);

		return course;
	}

	/**
	 * Refuses to delete a course that anyone registered for; archive it instead. Its sessions without
	 * registrations go with it.
	 */
	@Override
	@SystemEvent(type = SystemEventConstants.TYPE_DELETE)
	public Course deleteCourse(Course course) throws PortalException {
		int registrationCount = registrationPersistence.countByCourseId(
			course.getCourseId());

		if (registrationCount > 0) {
			throw new RequiredCourseException(
				"Course " + course.getCourseId() + " has " + registrationCount +
					" registrations");
		}

		for (CourseSession courseSession :
				courseSessionPersistence.findByCourseId(course.getCourseId())) {

			_courseSessionLocalService.deleteCourseSession(courseSession);
		}

		courseInterestPersistence.removeByCourseId(course.getCourseId());

		resourceLocalService.deleteResource(
			course.getCompanyId(), Course.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, course.getCourseId());

		return coursePersistence.remove(course);
	}

	@Override
	public Course deleteCourse(long courseId) throws PortalException {
		return courseLocalService.deleteCourse(
			coursePersistence.findByPrimaryKey(courseId));
	}

	@Override
	public List<Course> getCourses(
		long groupId, int status, int start, int end) {

		return coursePersistence.findByG_S(groupId, status, start, end);
	}

	@Override
	public int getCoursesCount(long groupId, int status) {
		return coursePersistence.countByG_S(groupId, status);
	}

	/**
	 * The site's published courses with no published session starting after the date: where staff register
	 * their interest. One query, whatever the number of sessions.
	 *
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 */
	@Override
	public List<Course> getUnscheduledCourses(
		long groupId, Date date, Predicate permissionPredicate, int start,
		int end) {

		CourseTable courseTable = CourseTable.INSTANCE;
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		Predicate predicate = courseTable.groupId.eq(
			groupId
		).and(
			courseTable.status.eq(WorkflowConstants.STATUS_APPROVED)
		).and(
			courseTable.courseId.notIn(
				DSLQueryFactoryUtil.select(
					courseSessionTable.courseId
				).from(
					courseSessionTable
				).where(
					courseSessionTable.groupId.eq(
						groupId
					).and(
						courseSessionTable.status.eq(
							CourseSessionConstants.STATUS_PUBLISHED)
					).and(
						courseSessionTable.startDate.gt(date)
					)
				))
		);

		if (permissionPredicate != null) {
			predicate = predicate.and(permissionPredicate);
		}

		return coursePersistence.dslQuery(
			DSLQueryFactoryUtil.select(
				courseTable
			).from(
				courseTable
			).where(
				predicate
			).orderBy(
				courseTable.courseId.ascending()
			).limit(
				start, end
			));
	}

	/**
	 * The coordinators' list of a site's courses, a page at a time.
	 *
	 * @param keywords words that must each occur in the title, in any language, or null
	 * @param status a course status, or WorkflowConstants.STATUS_ANY
	 * @param trainingMethodId a method, or 0 for all
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 * @param orderByComparator the order, or null for the order of creation
	 */
	@Override
	public List<Course> searchCourses(
		long groupId, String keywords, int status, long trainingMethodId,
		Predicate permissionPredicate, int start, int end,
		OrderByComparator<Course> orderByComparator) {

		CourseTable courseTable = CourseTable.INSTANCE;

		return coursePersistence.dslQuery(
			DSLQueryFactoryUtil.select(
				courseTable
			).from(
				courseTable
			).where(
				_searchPredicate(
					groupId, keywords, status, trainingMethodId,
					permissionPredicate)
			).orderBy(
				orderByStep -> {
					if (orderByComparator == null) {
						return orderByStep.orderBy(
							courseTable.courseId.ascending());
					}

					return orderByStep.orderBy(courseTable, orderByComparator);
				}
			).limit(
				start, end
			));
	}

	@Override
	public int searchCoursesCount(
		long groupId, String keywords, int status, long trainingMethodId,
		Predicate permissionPredicate) {

		return coursePersistence.dslQueryCount(
			DSLQueryFactoryUtil.count(
			).from(
				CourseTable.INSTANCE
			).where(
				_searchPredicate(
					groupId, keywords, status, trainingMethodId,
					permissionPredicate)
			));
	}

	@Override
	public Course updateCourse(
			long courseId, long trainingMethodId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap,
			Map<Locale, String> targetAudienceMap, double durationHours,
			boolean autoBookInterested, ServiceContext serviceContext)
		throws PortalException {

		Course course = coursePersistence.findByPrimaryKey(courseId);

		_validate(
			course.getCompanyId(), course.getGroupId(), trainingMethodId,
			titleMap, descriptionMap, targetAudienceMap, durationHours);

		course.setModifiedDate(serviceContext.getModifiedDate(new Date()));

		_setFields(
			course, trainingMethodId, titleMap, descriptionMap,
			targetAudienceMap, durationHours, autoBookInterested);

		return coursePersistence.update(course);
	}

	/**
	 * Archives a course (or brings it back): archived courses leave the catalogue, their history stays.
	 */
	@Override
	public Course updateStatus(long userId, long courseId, int status)
		throws PortalException {

		if ((status != WorkflowConstants.STATUS_APPROVED) &&
			(status != WorkflowConstants.STATUS_INACTIVE)) {

			throw new TrainingMethodRuleException(
				"A course is active or archived, not status " + status);
		}

		User user = userLocalService.getUser(userId);

		Course course = coursePersistence.findByPrimaryKey(courseId);

		course.setStatus(status);
		course.setStatusByUserId(userId);
		course.setStatusByUserName(user.getFullName());
		course.setStatusDate(new Date());

		return coursePersistence.update(course);
	}

	private void _setFields(
		Course course, long trainingMethodId, Map<Locale, String> titleMap,
		Map<Locale, String> descriptionMap,
		Map<Locale, String> targetAudienceMap, double durationHours,
		boolean autoBookInterested) {

		course.setTrainingMethodId(trainingMethodId);
		course.setTitleMap(titleMap);
		course.setDescriptionMap(descriptionMap);
		course.setTargetAudienceMap(targetAudienceMap);
		course.setDurationHours(durationHours);
		course.setAutoBookInterested(autoBookInterested);
	}

	private Predicate _searchPredicate(
		long groupId, String keywords, int status, long trainingMethodId,
		Predicate permissionPredicate) {

		CourseTable courseTable = CourseTable.INSTANCE;

		Predicate predicate = courseTable.groupId.eq(groupId);

		if (status != WorkflowConstants.STATUS_ANY) {
			predicate = predicate.and(courseTable.status.eq(status));
		}

		if (trainingMethodId > 0) {
			predicate = predicate.and(
				courseTable.trainingMethodId.eq(trainingMethodId));
		}

		return predicate.and(
			KeywordsPredicate.of(keywords, courseTable.title)
		).and(
			permissionPredicate
		);
	}

	private void _validate(
			long companyId, long groupId, long trainingMethodId,
			Map<Locale, String> titleMap, Map<Locale, String> descriptionMap,
			Map<Locale, String> targetAudienceMap, double durationHours)
		throws PortalException {

		Locale defaultLocale = _portal.getSiteDefaultLocale(groupId);

		if (LocalizedTextValidator.isMissing(titleMap, defaultLocale)) {
			throw new CourseTitleException(
				"A title is required in " + defaultLocale);
		}

		if (LocalizedTextValidator.isTooLong(
				titleMap,
				ModelHintsUtil.getMaxLength(Course.class.getName(), "title"))) {

			throw new CourseTitleException("The title is too long");
		}

		// The title goes into the subject of every notice about the course's sessions

		if (MailHeaderText.hasLineBreak(titleMap)) {
			throw new CourseTitleException("The title must be one line");
		}

		if (LocalizedTextValidator.isTooLong(
				descriptionMap, DESCRIPTION_MAX_LENGTH) ||
			LocalizedTextValidator.isTooLong(
				targetAudienceMap,
				ModelHintsUtil.getMaxLength(
					Course.class.getName(), "targetAudience"))) {

			throw new CourseDescriptionException(
				"The description or target audience is too long");
		}

		if (!(durationHours > 0) || (durationHours > MAX_DURATION_HOURS)) {
			throw new CourseDurationException(
				"A course lasts more than 0 and at most " + MAX_DURATION_HOURS +
					" hours, not " + durationHours);
		}

		TrainingMethod trainingMethod =
			trainingMethodPersistence.fetchByPrimaryKey(trainingMethodId);

		if ((trainingMethod == null) ||
			(trainingMethod.getCompanyId() != companyId) ||
			!trainingMethod.isApproved()) {

			throw new NoSuchTrainingMethodException(
				"No active training method " + trainingMethodId);
		}
	}

	public static final int DESCRIPTION_MAX_LENGTH = 4000;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private Portal _portal;

}

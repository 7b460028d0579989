package se.livsviktig.careprogram.internal.search;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.time.Duration;
import java.time.Instant;

import java.util.Date;

import se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration;
import se.livsviktig.careprogram.model.CareProgramTable;

/**
 * The programme list as two statements that read the same rows: a page (in the order programmes were added) and
 * the count of all pages. The filters are CareProgramSearchPredicate's, judged now, with "due soon" meaning within
 * the company's reminder days; the caller's permission condition (ViewableCarePrograms) is part of both.
 *
 * @author Livsviktig
 */
public class CareProgramListQuery {

	public CareProgramListQuery(
		ConfigurationProvider configurationProvider,
		GroupLocalService groupLocalService, Instant now) {

		_configurationProvider = configurationProvider;
		_groupLocalService = groupLocalService;
		_now = now;
	}

	/**
	 * @param reviewState an ordinal of ReviewState, or -1 for any
	 * @param permissionPredicate what the caller may view, or null for every programme
	 */
	public DSLQuery count(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState, Predicate permissionPredicate)
		throws PortalException {

		return DSLQueryFactoryUtil.count(
		).from(
			CareProgramTable.INSTANCE
		).where(
			_where(
				groupId, keywords, targetGroupCategoryId, organizationId,
				reviewState, permissionPredicate)
		);
	}

	/**
	 * @param reviewState an ordinal of ReviewState, or -1 for any
	 * @param permissionPredicate what the caller may view, or null for every programme
	 */
	public DSLQuery select(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState, Predicate permissionPredicate,
			int start, int end)
		throws PortalException {

		return DSLQueryFactoryUtil.select(
			CareProgramTable.INSTANCE
		).from(
			CareProgramTable.INSTANCE
		).where(
			_where(
				groupId, keywords, targetGroupCategoryId, organizationId,
				reviewState, permissionPredicate)
		).orderBy(
			CareProgramTable.INSTANCE.careProgramId.ascending()
		).limit(
			start, end
		);
	}

	/**
	 * The reminder window is read only when a review state is asked for: the other lists need no configuration.
	 */
	private int _reminderDaysBeforeDue(long groupId, int reviewState)
		throws PortalException {

		if (reviewState == CareProgramSearchPredicate.REVIEW_STATE_ANY) {
			return 0;
		}

		CareProgramCompanyConfiguration careProgramCompanyConfiguration =
			_configurationProvider.getCompanyConfiguration(
				CareProgramCompanyConfiguration.class,
				_groupLocalService.getGroup(
					groupId
				).getCompanyId());

		return careProgramCompanyConfiguration.reminderDaysBeforeDue();
	}

	private Predicate _where(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState, Predicate permissionPredicate)
		throws PortalException {

		Date dueSoonFrom = Date.from(
			_now.plus(
				Duration.ofDays(_reminderDaysBeforeDue(groupId, reviewState))));

		return Predicate.and(
			CareProgramSearchPredicate.of(
				groupId, keywords, targetGroupCategoryId, organizationId,
				reviewState, Date.from(_now), dueSoonFrom),
			Predicate.withParentheses(permissionPredicate));
	}

	private final ConfigurationProvider _configurationProvider;
	private final GroupLocalService _groupLocalService;
	private final Instant _now;

}

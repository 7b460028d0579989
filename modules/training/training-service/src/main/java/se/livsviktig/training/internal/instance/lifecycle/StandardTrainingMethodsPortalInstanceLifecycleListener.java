package se.livsviktig.training.internal.instance.lifecycle;

import com.liferay.portal.instance.lifecycle.BasePortalInstanceLifecycleListener;
import com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.LocaleUtil;
import com.liferay.portal.kernel.util.Portal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingMethodConstants;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Gives every company the standard training methods once: a new company when it is created, existing
 * companies when this bundle is first deployed. A company that already has methods is left alone, so the
 * methods are the coordinators' to edit, archive or delete afterwards.
 *
 * @author Livsviktig
 */
@Component(service = PortalInstanceLifecycleListener.class)
public class StandardTrainingMethodsPortalInstanceLifecycleListener
	extends BasePortalInstanceLifecycleListener {

	@Override
	public void portalInstanceRegistered(Company company) throws Exception {
		long groupId = company.getGroupId();

		if (_trainingMethodLocalService.getTrainingMethodsCount(groupId) > 0) {
			return;
		}

		long userId = _userLocalService.getGuestUserId(company.getCompanyId());

		Locale defaultLocale = _portal.getSiteDefaultLocale(groupId);

		for (StandardTrainingMethod standardTrainingMethod :
				StandardTrainingMethod.ALL) {

			_trainingMethodLocalService.addTrainingMethod(
				userId, groupId,
				standardTrainingMethod.getExternalReferenceCode(),
				_toMap(
					defaultLocale, standardTrainingMethod.getSwedishName(),
					standardTrainingMethod.getEnglishName()),
				_toMap(
					defaultLocale,
					standardTrainingMethod.getSwedishDescription(),
					standardTrainingMethod.getEnglishDescription()),
				standardTrainingMethod.isCertifiedInstructorsRequired(),
				standardTrainingMethod.getInstructorsPerSession(),
				standardTrainingMethod.getRequiredAttendancePercent(),
				standardTrainingMethod.getLicenceSessionsRequired(),
				standardTrainingMethod.getLicencePeriodMonths(),
				TrainingMethodConstants.DEFAULT_FOLLOW_UP_SURVEY_DAYS,
				_serviceContext(company));
		}
	}

	private ServiceContext _serviceContext(Company company) {
		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setAddGroupPermissions(true);
		serviceContext.setAddGuestPermissions(true);
		serviceContext.setCompanyId(company.getCompanyId());

		return serviceContext;
	}

	/**
	 * Swedish and English, and the site's default language if it is neither (in Swedish, the methods' own
	 * language), because a name is required in the default language.
	 */
	private Map<Locale, String> _toMap(
		Locale defaultLocale, String swedish, String english) {

		Map<Locale, String> map = new HashMap<>();

		map.put(defaultLocale, swedish);
		map.put(_SWEDISH, swedish);
		map.put(LocaleUtil.US, english);

		if (defaultLocale.getLanguage(
			).equals(
				"en"
			)) {

			map.put(defaultLocale, english);
		}

		return map;
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	@Reference
	private Portal _portal;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

	@Reference
	private UserLocalService _userLocalService;

}

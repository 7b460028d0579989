package se.livsviktig.instructor.internal.figures;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.figures.StatisticalSexResolver;

/**
 * The statistical attributes a certification keeps of its holder for the year's figures, read when it is recorded
 * so the figures neither move when the person moves nor vanish when the profile changes: the administration (the
 * holder's first organisation in the portal's order, administrative ones included, as a training registration for
 * a session open to everyone takes it; 0 for none) and the sex category by training's rule
 * ({@link StatisticalSexResolver}, the company's configured source). A holder who no longer exists is unknown, in
 * no administration.
 *
 * @author Livsviktig
 */
@Component(service = CertificationHolderStatistics.class)
public class CertificationHolderStatistics {

	public void copyOnto(Certification certification) throws PortalException {
		User holder = _userLocalService.fetchUser(
			certification.getHolderUserId());

		certification.setOrganizationId(organizationIdOf(holder));
		certification.setSex(sexOf(holder));
	}

	/**
	 * @param holder the holder, or <code>null</code> when they no longer exist
	 */
	public long organizationIdOf(User holder) throws PortalException {
		if (holder == null) {
			return 0;
		}

		long[] organizationIds =
			_organizationLocalService.getUserOrganizationIds(
				holder.getUserId(), true);

		if (organizationIds.length == 0) {
			return 0;
		}

		return organizationIds[0];
	}

	/**
	 * @param holder the holder, or <code>null</code> when they no longer exist
	 */
	public String sexOf(User holder) throws PortalException {
		if (holder == null) {
			return RegistrationSexes.UNKNOWN;
		}

		return _statisticalSexResolver.resolve(holder);
	}

	/**
	 * @return the holder, or <code>null</code> when they no longer exist
	 */
	public User fetchHolder(long holderUserId) {
		return _userLocalService.fetchUser(holderUserId);
	}

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private StatisticalSexResolver _statisticalSexResolver;

	@Reference
	private UserLocalService _userLocalService;

}

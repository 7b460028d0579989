package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.livsviktig.instructor.service.InstructorNoticeLocalService;

/**
 * Sends each certification notice at most once: it first claims the notice in the database (the unique
 * certification and kind index, which one transaction on one node wins), then hands it to every delivery. A
 * notice found claimed is skipped before the claim, so a job that looks at the same certification every hour does
 * not spend an id on it each time.
 *
 * @author Livsviktig
 */
@Component(service = CertificationNoticeDispatcher.class)
public class CertificationNoticeDispatcher {

	/**
	 * @return <code>true</code> if this call sent the notice; <code>false</code> if it had been sent before
	 */
	public boolean dispatch(CertificationNotice certificationNotice) {
		if (!_claim(certificationNotice)) {
			return false;
		}

		for (CertificationNoticeDelivery certificationNoticeDelivery :
				_certificationNoticeDeliveries) {

			try {
				certificationNoticeDelivery.deliver(certificationNotice);
			}
			catch (Exception exception) {
				_log.error(
					"Unable to deliver " + certificationNotice + " by " +
						certificationNoticeDelivery.getClass(
						).getSimpleName(),
					exception);
			}
		}

		return true;
	}

	@Reference(
		cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC,
		policyOption = ReferencePolicyOption.GREEDY
	)
	protected void addCertificationNoticeDelivery(
		CertificationNoticeDelivery certificationNoticeDelivery) {

		_certificationNoticeDeliveries.add(certificationNoticeDelivery);
	}

	protected void removeCertificationNoticeDelivery(
		CertificationNoticeDelivery certificationNoticeDelivery) {

		_certificationNoticeDeliveries.remove(certificationNoticeDelivery);
	}

	private boolean _claim(CertificationNotice certificationNotice) {
		if (_instructorNoticeLocalService.hasInstructorNotice(
				certificationNotice.getCertificationId(),
				certificationNotice.getNoticeKind())) {

			return false;
		}

		try {
			return _instructorNoticeLocalService.claimInstructorNotice(
				certificationNotice.getCompanyId(),
				certificationNotice.getGroupId(),
				certificationNotice.getHolderUserId(),
				certificationNotice.getCertificationId(),
				certificationNotice.getNoticeKind());
		}
		catch (Exception exception) {

			// A notice claimed before returns false above; an exception is a lost insert race or a database
			// fault, and the notice is not sent either way: an operator must be able to see which

			if (_log.isWarnEnabled()) {
				_log.warn(
					"Unable to claim " + certificationNotice +
						"; it is not sent",
					exception);
			}

			return false;
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		CertificationNoticeDispatcher.class);

	private final List<CertificationNoticeDelivery>
		_certificationNoticeDeliveries = new CopyOnWriteArrayList<>();

	@Reference
	private InstructorNoticeLocalService _instructorNoticeLocalService;

}

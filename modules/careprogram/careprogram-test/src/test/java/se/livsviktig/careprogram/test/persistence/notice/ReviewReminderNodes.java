package se.livsviktig.careprogram.test.persistence.notice;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.petra.function.UnsafeConsumer;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Queue;
import java.util.TimeZone;

import se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.service.ReviewNoticeLocalService;
import se.livsviktig.careprogram.service.internal.notice.ReviewNoticeDispatcher;
import se.livsviktig.careprogram.service.internal.notice.ReviewReminders;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.test.support.Fields;

/**
 * The notice components as one cluster node has them: its own dispatcher and reminder job, the bundle's real
 * services and database; the portal's company and configuration services are doubles (Stockholm, the default
 * windows). Each notice sent is recorded as "routine/KIND/recipient".
 *
 * @author Livsviktig
 */
final class ReviewReminderNodes {

	static ReviewNoticeDispatcher dispatcher(PersistenceHarness harness, Queue<String> sent) {
		ReviewNoticeDispatcher dispatcher = new ReviewNoticeDispatcher() {
			{
				addReviewNoticeDelivery(
					outgoingReviewNotice -> sent.add(
						outgoingReviewNotice.getLocalRoutineId() + "/" + outgoingReviewNotice.getReviewNoticeKind() +
							"/" + outgoingReviewNotice.getRecipientUserId()));
			}
		};

		Fields.set(dispatcher, "_reviewNoticeLocalService", harness.get(ReviewNoticeLocalService.class));

		return dispatcher;
	}

	static ReviewReminders reminderJob(
			PersistenceHarness harness, Queue<String> sent, long companyId, Instant now,
			UserLocalService userLocalService)
		throws Exception {

		CompanyLocalService companyLocalService = mock(CompanyLocalService.class);

		doAnswer(
			invocation -> {
				UnsafeConsumer<Long, Exception> unsafeConsumer = invocation.getArgument(0);

				unsafeConsumer.accept(companyId);

				return null;
			}
		).when(
			companyLocalService
		).forEachCompanyId(
			any()
		);

		Company company = mock(Company.class);

		when(company.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Stockholm"));
		when(companyLocalService.getCompany(companyId)).thenReturn(company);

		CareProgramCompanyConfiguration careProgramCompanyConfiguration = mock(CareProgramCompanyConfiguration.class);

		when(careProgramCompanyConfiguration.reminderDaysBeforeDue()).thenReturn(30);
		when(careProgramCompanyConfiguration.escalationWeeksOverdue()).thenReturn(4);

		ConfigurationProvider configurationProvider = mock(ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(CareProgramCompanyConfiguration.class, companyId)
		).thenReturn(
			careProgramCompanyConfiguration
		);

		ReviewReminders reviewReminders = new ReviewReminders() {
			{
				setClock(Clock.fixed(now, ZoneOffset.UTC));
			}
		};

		Fields.set(reviewReminders, "_careProgramLocalService", harness.get(CareProgramLocalService.class));
		Fields.set(reviewReminders, "_companyLocalService", companyLocalService);
		Fields.set(reviewReminders, "_configurationProvider", configurationProvider);
		Fields.set(reviewReminders, "_localRoutineLocalService", harness.get(LocalRoutineLocalService.class));
		Fields.set(reviewReminders, "_reviewNoticeDispatcher", dispatcher(harness, sent));
		Fields.set(reviewReminders, "_userLocalService", userLocalService);

		return reviewReminders;
	}

	private ReviewReminderNodes() {
	}

}

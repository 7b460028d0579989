package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.journal.service.JournalArticleLocalService;
import com.liferay.journal.util.JournalContent;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.badge.ReviewBadges;
import se.livsviktig.careprogram.web.internal.badge.ReviewStatusReader;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramPageDisplayContext;
import se.livsviktig.careprogram.web.internal.display.context.LocalRoutineRows;
import se.livsviktig.careprogram.web.internal.display.context.PeopleAndPlaces;
import se.livsviktig.careprogram.web.internal.display.context.RelatedMethod;
import se.livsviktig.careprogram.web.internal.display.context.SessionRow;
import se.livsviktig.careprogram.web.internal.display.context.SummaryArticle;
import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A programme's page, read through the remote services (VIEW): the national summary rendered by the portal's
 * journal content, each administration's routine with its badge and owner, the next sessions of its related
 * training methods from the training catalogue's query, its contacts and the national link.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_LIST,
		"mvc.command.name=" + CareProgramMVCCommandNames.VIEW_CARE_PROGRAM
	},
	service = MVCRenderCommand.class
)
public class ViewCareProgramMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	/**
	 * How many next sessions a related method shows: enough to pick a date, the catalogue has the rest.
	 */
	public static final int NEXT_SESSIONS_SHOWN = 3;

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		CareProgram careProgram = _careProgramService.getCareProgram(
			ParamUtil.getLong(renderRequest, "careProgramId"));

		ReviewBadges reviewBadges = reviewBadges(renderRequest);
		ReviewStatusReader reviewStatusReader = reviewStatusReader(
			renderRequest);
		PeopleAndPlaces peopleAndPlaces = new PeopleAndPlaces(
			userLocalService, _organizationLocalService);

		renderRequest.setAttribute(
			CareProgramWebKeys.CARE_PROGRAM_DISPLAY_CONTEXT,
			new CareProgramPageDisplayContext(
				careProgram.getTitle(themeDisplay.getLocale()),
				reviewBadges.badge(reviewStatusReader.of(careProgram)),
				peopleAndPlaces.activeUserName(careProgram.getOwnerUserId()),
				new SummaryArticle(
					_journalArticleLocalService, _journalContent
				).render(
					careProgram.getArticleResourcePrimKey(), themeDisplay
				),
				careProgram.getNationalURL(),
				new LocalRoutineRows(
					reviewStatusReader, reviewBadges, peopleAndPlaces,
					themeDisplay.getLocale()
				).toRows(
					_localRoutineService.getCareProgramLocalRoutines(
						careProgram.getCareProgramId())
				),
				_relatedMethods(careProgram, reviewBadges, themeDisplay),
				_contactNames(careProgram, peopleAndPlaces),
				PortletURLBuilder.createRenderURL(
					renderResponse
				).setMVCRenderCommandName(
					CareProgramMVCCommandNames.VIEW_CARE_PROGRAMS
				).buildString()));

		return "/care_programs/view_care_program.jsp";
	}

	private List<String> _contactNames(
			CareProgram careProgram, PeopleAndPlaces peopleAndPlaces)
		throws PortalException {

		List<String> contactNames = new ArrayList<>();

		for (long contactUserId :
				_careProgramService.getContactUserIds(
					careProgram.getCareProgramId())) {

			String name = peopleAndPlaces.activeUserName(contactUserId);

			if (name != null) {
				contactNames.add(name);
			}
		}

		return contactNames;
	}

	private List<RelatedMethod> _relatedMethods(
			CareProgram careProgram, ReviewBadges reviewBadges,
			ThemeDisplay themeDisplay)
		throws PortalException {

		List<RelatedMethod> relatedMethods = new ArrayList<>();

		Date now = now();

		for (long methodId :
				_careProgramService.getMethodIds(
					careProgram.getCareProgramId())) {

			TrainingMethod trainingMethod =
				_trainingMethodLocalService.fetchTrainingMethod(methodId);

			if (trainingMethod == null) {
				continue;
			}

			List<SessionRow> sessionRows = new ArrayList<>();

			for (CatalogEntry catalogEntry :
					_courseSessionService.getCatalogEntries(
						careProgram.getGroupId(),
						trainingMethod.getTrainingMethodId(), now, null, null,
						-1, false, 0, NEXT_SESSIONS_SHOWN)) {

				sessionRows.add(
					new SessionRow(
						catalogEntry.getCourseTitle(themeDisplay.getLocale()),
						reviewBadges.formatDate(catalogEntry.getStartDate()),
						_place(catalogEntry)));
			}

			relatedMethods.add(
				new RelatedMethod(
					trainingMethod.getName(themeDisplay.getLocale()),
					sessionRows));
		}

		return relatedMethods;
	}

	private String _place(CatalogEntry catalogEntry) {
		List<String> parts = new ArrayList<>();

		if ((catalogEntry.getVenueName() != null) &&
			!catalogEntry.getVenueName().isBlank()) {

			parts.add(catalogEntry.getVenueName());
		}

		if ((catalogEntry.getLocality() != null) &&
			!catalogEntry.getLocality().isBlank()) {

			parts.add(catalogEntry.getLocality());
		}

		return String.join(", ", parts);
	}

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private JournalArticleLocalService _journalArticleLocalService;

	@Reference
	private JournalContent _journalContent;

	@Reference
	private LocalRoutineService _localRoutineService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}

package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.util.ParamUtil;

import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.portlet.RenderRequest;

import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionQuota;

/**
 * The repeated rows of the session form, its dates and its quotas per administration: after a refused save the
 * rows that were sent, otherwise the saved ones followed by {@link #EMPTY_ROWS} empty rows to add more.
 *
 * @author Livsviktig
 */
public class CourseSessionFormRows {

	public static final int EMPTY_ROWS = 2;

	public CourseSessionFormRows(
		RenderRequest renderRequest,
		CourseSessionFormValues courseSessionFormValues,
		List<SessionDate> sessionDates, List<SessionQuota> sessionQuotas,
		List<OrganizationTreeNode> organizationTree, ZoneId zoneId) {

		_renderRequest = renderRequest;
		_courseSessionFormValues = courseSessionFormValues;
		_sessionDates = sessionDates;
		_sessionQuotas = sessionQuotas;
		_organizationTree = organizationTree;
		_zoneId = zoneId;
	}

	public List<DateRow> getDateRows() {
		List<DateRow> dateRows = new ArrayList<>();

		if (_courseSessionFormValues.isResubmission()) {
			int count = ParamUtil.getInteger(_renderRequest, "dateCount");

			for (int i = 0; i < count; i++) {
				dateRows.add(
					new DateRow(
						i, ParamUtil.getString(_renderRequest, "startDate" + i),
						ParamUtil.getString(_renderRequest, "endDate" + i)));
			}

			return dateRows;
		}

		for (SessionDate sessionDate : _sessionDates) {
			dateRows.add(
				new DateRow(
					dateRows.size(),
					DateTimeInputs.formatDateTime(
						sessionDate.getStartDate(), _zoneId),
					DateTimeInputs.formatDateTime(
						sessionDate.getEndDate(), _zoneId)));
		}

		for (int i = 0; i < EMPTY_ROWS; i++) {
			dateRows.add(new DateRow(dateRows.size(), "", ""));
		}

		return dateRows;
	}

	public List<QuotaRow> getQuotaRows() {
		List<QuotaRow> quotaRows = new ArrayList<>();

		if (_courseSessionFormValues.isResubmission()) {
			int count = ParamUtil.getInteger(_renderRequest, "quotaCount");

			for (int i = 0; i < count; i++) {
				quotaRows.add(
					new QuotaRow(
						i,
						_getOrganizationOptions(
							ParamUtil.getLong(
								_renderRequest, "quotaOrganizationId" + i)),
						ParamUtil.getString(_renderRequest, "quotaSeats" + i),
						ParamUtil.getString(
							_renderRequest, "quotaReleaseDate" + i)));
			}

			return quotaRows;
		}

		for (SessionQuota sessionQuota : _sessionQuotas) {
			quotaRows.add(
				new QuotaRow(
					quotaRows.size(),
					_getOrganizationOptions(sessionQuota.getOrganizationId()),
					String.valueOf(sessionQuota.getSeats()),
					DateTimeInputs.formatDate(
						sessionQuota.getReleaseDate(), _zoneId)));
		}

		for (int i = 0; i < EMPTY_ROWS; i++) {
			quotaRows.add(
				new QuotaRow(
					quotaRows.size(), _getOrganizationOptions(0), "", ""));
		}

		return quotaRows;
	}

	public static class DateRow {

		public DateRow(int index, String startDate, String endDate) {
			_index = index;
			_startDate = startDate;
			_endDate = endDate;
		}

		public String getEndDate() {
			return _endDate;
		}

		public int getIndex() {
			return _index;
		}

		/**
		 * @return the row's number as people count, from 1
		 */
		public int getNumber() {
			return _index + 1;
		}

		public String getStartDate() {
			return _startDate;
		}

		private final String _endDate;
		private final int _index;
		private final String _startDate;

	}

	public static class QuotaRow {

		public QuotaRow(
			int index, List<SelectOption> organizationOptions, String seats,
			String releaseDate) {

			_index = index;
			_organizationOptions = organizationOptions;
			_seats = seats;
			_releaseDate = releaseDate;
		}

		public int getIndex() {
			return _index;
		}

		public int getNumber() {
			return _index + 1;
		}

		public List<SelectOption> getOrganizationOptions() {
			return _organizationOptions;
		}

		public String getReleaseDate() {
			return _releaseDate;
		}

		public String getSeats() {
			return _seats;
		}

		private final int _index;
		private final List<SelectOption> _organizationOptions;
		private final String _releaseDate;
		private final String _seats;

	}

	/**
	 * A select cannot indent its options, so each is named by its path from the top of the tree.
	 */
	private List<SelectOption> _getOrganizationOptions(long organizationId) {
		List<SelectOption> options = new ArrayList<>();

		for (OrganizationTreeNode organizationTreeNode : _organizationTree) {
			options.add(
				SelectOption.ofName(
					String.valueOf(organizationTreeNode.getOrganizationId()),
					organizationTreeNode.getPath(),
					organizationTreeNode.getOrganizationId() ==
						organizationId));
		}

		return Collections.unmodifiableList(options);
	}

	private final CourseSessionFormValues _courseSessionFormValues;
	private final List<OrganizationTreeNode> _organizationTree;
	private final RenderRequest _renderRequest;
	private final List<SessionDate> _sessionDates;
	private final List<SessionQuota> _sessionQuotas;
	private final ZoneId _zoneId;

}

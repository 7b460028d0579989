<%@ include file="/instructor_network/init.jsp" %>

<%
MeetingTaskDisplayContext meetingTaskDisplayContext = (MeetingTaskDisplayContext)request.getAttribute(BaseMeetingTaskMVCRenderCommand.MEETING_TASK_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = meetingTaskDisplayContext.getFieldErrors();

MeetingRow meetingRow = meetingTaskDisplayContext.getMeeting();

List<AttendanceRow> attendanceRows = meetingRow.getAttendanceRows();
%>

<clay:container-fluid cssClass="livsviktig-instructor-network livsviktig-mark-meeting-attendance">
	<h1><liferay-ui:message arguments="<%= HtmlUtil.escape(meetingRow.getTitle()) %>" key="attendance-at-x" translateArguments="<%= false %>" /></h1>

	<%@ include file="/instructor_admin/error_summary.jspf" %>

	<p><%= HtmlUtil.escape(meetingRow.getTime()) %></p>

	<c:choose>
		<c:when test="<%= !meetingRow.isMarkable() %>">
			<clay:alert displayType="info">
				<liferay-ui:message key="attendance-can-be-marked-once-the-meeting-has-started" />
			</clay:alert>

			<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(meetingTaskDisplayContext.getBackURL()) %>"><liferay-ui:message key="back-to-the-meetings" /></a>
		</c:when>
		<c:when test="<%= attendanceRows.isEmpty() %>">
			<p><liferay-ui:message key="nobody-was-invited-to-the-meeting" /></p>

			<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(meetingTaskDisplayContext.getBackURL()) %>"><liferay-ui:message key="back-to-the-meetings" /></a>
		</c:when>
		<c:otherwise>
			<form action="<%= HtmlUtil.escapeHREF(meetingTaskDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
				<clay:sheet>
					<clay:sheet-section>

						<%
						for (AttendanceRow attendanceRow : attendanceRows) {
							String participantName = (attendanceRow.getFullName() == null) ? LanguageUtil.get(request, "deleted-user") : attendanceRow.getFullName();
							String inputName = renderResponse.getNamespace() + "attendance" + attendanceRow.getUserId();
						%>

							<fieldset class="form-group">
								<legend class="h5"><%= HtmlUtil.escape(participantName) %> <small class="text-secondary">(<liferay-ui:message key="your-answer-was-x" arguments="<%= LanguageUtil.get(request, attendanceRow.getAnswerKey()) %>" />)</small></legend>

								<div class="custom-control custom-radio custom-control-inline">
									<input <%= attendanceRow.isPresent() ? "checked" : "" %> class="custom-control-input" id="<%= inputName %>Present" name="<%= inputName %>" type="radio" value="<%= MeetingParticipantConstants.ATTENDANCE_PRESENT %>" />

									<label class="custom-control-label" for="<%= inputName %>Present"><liferay-ui:message key="attendance-present" /></label>
								</div>

								<div class="custom-control custom-radio custom-control-inline">
									<input <%= attendanceRow.isAbsent() ? "checked" : "" %> class="custom-control-input" id="<%= inputName %>Absent" name="<%= inputName %>" type="radio" value="<%= MeetingParticipantConstants.ATTENDANCE_ABSENT %>" />

									<label class="custom-control-label" for="<%= inputName %>Absent"><liferay-ui:message key="attendance-absent" /></label>
								</div>
							</fieldset>

						<%
						}
						%>

					</clay:sheet-section>

					<div class="sheet-footer">
						<button class="btn btn-primary" type="submit"><liferay-ui:message key="save-attendance" /></button>

						<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(meetingTaskDisplayContext.getBackURL()) %>"><liferay-ui:message key="cancel" /></a>
					</div>
				</clay:sheet>
			</form>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>

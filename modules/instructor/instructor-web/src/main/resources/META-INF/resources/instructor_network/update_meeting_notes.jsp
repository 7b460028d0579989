<%@ include file="/instructor_network/init.jsp" %>

<%
MeetingTaskDisplayContext meetingTaskDisplayContext = (MeetingTaskDisplayContext)request.getAttribute(BaseMeetingTaskMVCRenderCommand.MEETING_TASK_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = meetingTaskDisplayContext.getFieldErrors();

MeetingRow meetingRow = meetingTaskDisplayContext.getMeeting();

FieldError fieldError = meetingTaskDisplayContext.getFieldError("notes");
%>

<clay:container-fluid cssClass="livsviktig-instructor-network livsviktig-update-meeting-notes">
	<h1><liferay-ui:message arguments="<%= HtmlUtil.escape(meetingRow.getTitle()) %>" key="notes-of-x" translateArguments="<%= false %>" /></h1>

	<%@ include file="/instructor_admin/error_summary.jspf" %>

	<p><%= HtmlUtil.escape(meetingRow.getTime()) %></p>

	<form action="<%= HtmlUtil.escapeHREF(meetingTaskDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
		<clay:sheet>
			<clay:sheet-section>
				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />notes"><liferay-ui:message key="notes" /></label>

					<textarea aria-describedby="<portlet:namespace />notesHelp<%= (fieldError != null) ? " " + renderResponse.getNamespace() + "notesError" : "" %>" <%= (fieldError != null) ? "aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />notes" name="<portlet:namespace />notes" rows="10"><%= HtmlUtil.escape(meetingTaskDisplayContext.getNotes()) %></textarea>

					<p class="form-text" id="<portlet:namespace />notesHelp"><liferay-ui:message key="you-can-use-simple-html-it-is-cleaned-when-saved" /></p>

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>
			</clay:sheet-section>

			<div class="sheet-footer">
				<button class="btn btn-primary" type="submit"><liferay-ui:message key="save" /></button>

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(meetingTaskDisplayContext.getBackURL()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>

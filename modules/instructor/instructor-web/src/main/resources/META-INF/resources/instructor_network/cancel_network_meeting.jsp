<%@ include file="/instructor_network/init.jsp" %>

<%
MeetingTaskDisplayContext meetingTaskDisplayContext = (MeetingTaskDisplayContext)request.getAttribute(BaseMeetingTaskMVCRenderCommand.MEETING_TASK_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = meetingTaskDisplayContext.getFieldErrors();

MeetingRow meetingRow = meetingTaskDisplayContext.getMeeting();
%>

<clay:container-fluid cssClass="livsviktig-instructor-network livsviktig-cancel-network-meeting">
	<h1><liferay-ui:message key="cancel-meeting" /></h1>

	<%@ include file="/instructor_admin/error_summary.jspf" %>

	<p>
		<liferay-ui:message arguments="<%= new Object[] {HtmlUtil.escape(meetingRow.getTitle()), HtmlUtil.escape(meetingRow.getTime())} %>" key="cancel-the-meeting-x-on-x" translateArguments="<%= false %>" />
	</p>

	<p class="text-secondary">
		<liferay-ui:message key="a-cancelled-meeting-stays-in-the-list-with-its-notes-and-answers" />
	</p>

	<form action="<%= HtmlUtil.escapeHREF(meetingTaskDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
		<button class="btn btn-danger" type="submit"><liferay-ui:message key="cancel-meeting" /></button>

		<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(meetingTaskDisplayContext.getBackURL()) %>"><liferay-ui:message key="keep-the-meeting" /></a>
	</form>
</clay:container-fluid>

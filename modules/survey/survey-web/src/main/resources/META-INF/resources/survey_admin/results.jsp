<%@ include file="/init.jsp" %>

<%
SurveyResultsDisplayContext surveyResultsDisplayContext = (SurveyResultsDisplayContext)request.getAttribute(SurveyWebKeys.SURVEY_RESULTS_DISPLAY_CONTEXT);

GetFormTarget getFormTarget = (GetFormTarget)request.getAttribute("getFormTarget");

String groupBy = (String)request.getAttribute("groupBy");

String surveyTitle = (String)request.getAttribute("surveyTitle");

String[][] groupByOptions = {{"", "no-grouping"}, {"method", "training-method"}, {"session", "session"}, {"administration", "administration"}, {"quarter", "quarter"}, {"month", "month"}};
%>

<clay:container-fluid cssClass="livsviktig-survey-admin livsviktig-survey-results">
	<p>
		<a href="<%= HtmlUtil.escapeHREF((String)request.getAttribute("backURL")) %>"><liferay-ui:message key="back-to-the-surveys" /></a>
	</p>

	<h1><liferay-ui:message arguments="<%= HtmlUtil.escape(surveyTitle) %>" key="results-of-x" /></h1>

	<%-- A GET form: filtering changes nothing, and the filtered page can be bookmarked --%>

	<form action="<%= HtmlUtil.escapeAttribute(getFormTarget.getAction()) %>" class="mb-4" method="get">

		<%
		for (String[] hiddenField : getFormTarget.getHiddenFields()) {
		%>

			<input name="<%= HtmlUtil.escapeAttribute(hiddenField[0]) %>" type="hidden" value="<%= HtmlUtil.escapeAttribute(hiddenField[1]) %>" />

		<%
		}
		%>

		<div class="form-row">
			<div class="col-md-4 form-group">
				<label for="<portlet:namespace />groupBy"><liferay-ui:message key="group-by" /></label>

				<select class="form-control" id="<portlet:namespace />groupBy" name="<portlet:namespace />groupBy">

					<%
					for (String[] groupByOption : groupByOptions) {
					%>

						<option <%= groupByOption[0].equals(groupBy) ? "selected" : "" %> value="<%= groupByOption[0] %>"><liferay-ui:message key="<%= groupByOption[1] %>" /></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="col-md-3 form-group">
				<label for="<portlet:namespace />fromMonth"><liferay-ui:message key="from-month" /></label>

				<input class="form-control" id="<portlet:namespace />fromMonth" name="<portlet:namespace />fromMonth" pattern="[0-9]{4}-[0-9]{2}" placeholder="2026-01" type="month" value="<%= HtmlUtil.escapeAttribute((String)request.getAttribute("fromMonth")) %>" />
			</div>

			<div class="col-md-3 form-group">
				<label for="<portlet:namespace />toMonth"><liferay-ui:message key="to-month" /></label>

				<input class="form-control" id="<portlet:namespace />toMonth" name="<portlet:namespace />toMonth" pattern="[0-9]{4}-[0-9]{2}" placeholder="2026-12" type="month" value="<%= HtmlUtil.escapeAttribute((String)request.getAttribute("toMonth")) %>" />
			</div>
		</div>

		<button class="btn btn-primary" type="submit"><liferay-ui:message key="show-results" /></button>

		<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF((String)request.getAttribute("exportURL")) %>"><liferay-ui:message key="download-as-csv" /></a>
	</form>

	<%@ include file="/results/results_body.jspf" %>
</clay:container-fluid>

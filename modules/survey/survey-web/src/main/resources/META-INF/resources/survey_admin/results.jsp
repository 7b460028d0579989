<%@ include file="/init.jsp" %>

<%
SurveyResultsDisplayContext surveyResultsDisplayContext = (SurveyResultsDisplayContext)request.getAttribute(SurveyWebKeys.SURVEY_RESULTS_DISPLAY_CONTEXT);

GetFormTarget getFormTarget = (GetFormTarget)request.getAttribute("getFormTarget");

String groupBy = (String)request.getAttribute("groupBy");

String surveyTitle = (String)request.getAttribute("surveyTitle");

ResultsFilter resultsFilter = (ResultsFilter)request.getAttribute("resultsFilter");

String filterErrorKey = (String)request.getAttribute("filterErrorKey");

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
		for (Map.Entry<String, String> hiddenParameter : getFormTarget.getHiddenParameters().entrySet()) {
		%>

			<input name="<%= HtmlUtil.escapeAttribute(hiddenParameter.getKey()) %>" type="hidden" value="<%= HtmlUtil.escapeAttribute(hiddenParameter.getValue()) %>" />

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

		<div class="form-row">
			<div class="col-md-4 form-group">
				<label for="<portlet:namespace />methodId"><liferay-ui:message key="training-method" /></label>

				<select class="form-control" id="<portlet:namespace />methodId" name="<portlet:namespace />methodId">
					<option value=""><liferay-ui:message key="all-training-methods" /></option>

					<%
					for (FilterOption filterOption : resultsFilter.getMethodOptions()) {
					%>

						<option <%= filterOption.isSelected() ? "selected" : "" %> value="<%= filterOption.getId() %>"><%= HtmlUtil.escape(filterOption.getLabel()) %></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="col-md-4 form-group">

				<%-- Sessions can be hundreds: only the chosen method's are offered --%>

				<c:choose>
					<c:when test="<%= resultsFilter.isSessionFilterOffered() %>">
						<label for="<portlet:namespace />courseSessionId"><liferay-ui:message key="session" /></label>

						<select class="form-control" id="<portlet:namespace />courseSessionId" name="<portlet:namespace />courseSessionId">
							<option value=""><liferay-ui:message key="all-sessions" /></option>

							<%
							for (FilterOption filterOption : resultsFilter.getSessionOptions()) {
							%>

								<option <%= filterOption.isSelected() ? "selected" : "" %> value="<%= filterOption.getId() %>"><%= HtmlUtil.escape(filterOption.getLabel()) %></option>

							<%
							}
							%>

						</select>
					</c:when>
					<c:otherwise>
						<p class="form-text mb-0"><strong><liferay-ui:message key="session" /></strong></p>

						<p class="form-text text-secondary"><liferay-ui:message key="choose-a-training-method-to-choose-a-session" /></p>
					</c:otherwise>
				</c:choose>
			</div>

			<div class="col-md-4 form-group">
				<label for="<portlet:namespace />organizationId"><liferay-ui:message key="administration" /></label>

				<select class="form-control" id="<portlet:namespace />organizationId" name="<portlet:namespace />organizationId">
					<option value=""><liferay-ui:message key="all-administrations" /></option>

					<%
					for (FilterOption filterOption : resultsFilter.getOrganizationOptions()) {
					%>

						<option <%= filterOption.isSelected() ? "selected" : "" %> value="<%= filterOption.getId() %>"><%= HtmlUtil.escape(filterOption.getLabel()) %></option>

					<%
					}
					%>

				</select>
			</div>
		</div>

		<button class="btn btn-primary" type="submit"><liferay-ui:message key="show-results" /></button>

		<c:if test="<%= filterErrorKey == null %>">
			<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF((String)request.getAttribute("exportURL")) %>"><liferay-ui:message key="download-as-csv" /></a>
		</c:if>
	</form>

	<c:choose>
		<c:when test="<%= filterErrorKey != null %>">
			<div class="alert alert-danger" role="alert">
				<liferay-ui:message key="<%= filterErrorKey %>" />
			</div>
		</c:when>
		<c:otherwise>
			<%@ include file="/results/results_body.jspf" %>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>

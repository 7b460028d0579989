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

	<c:choose>
		<c:when test="<%= !surveyResultsDisplayContext.hasResponses() %>">
			<p><liferay-ui:message key="there-are-no-responses-for-this-selection" /></p>
		</c:when>
		<c:otherwise>
			<h2><liferay-ui:message key="groups" /></h2>

			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="respondents-and-response-rate-per-group" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="results-csv-group" /></th>
							<th class="text-right" scope="col"><liferay-ui:message key="results-csv-respondents" /></th>
							<th class="text-right" scope="col"><liferay-ui:message key="results-csv-invited" /></th>
							<th class="text-right" scope="col"><liferay-ui:message key="results-csv-response-rate" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (SurveyResultsDisplayContext.GroupRow groupRow : surveyResultsDisplayContext.getGroupRows()) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(groupRow.getLabel()) %></th>
								<td class="text-right"><%= HtmlUtil.escape(groupRow.getRespondents()) %></td>
								<td class="text-right"><%= HtmlUtil.escape(groupRow.getInvited()) %></td>
								<td class="text-right"><%= HtmlUtil.escape(groupRow.getResponseRate()) %></td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>

			<%
			for (SurveyResultsDisplayContext.QuestionView questionView : surveyResultsDisplayContext.getQuestionViews()) {
			%>

				<section class="mb-5">
					<h2><%= HtmlUtil.escape(questionView.getTitle()) %></h2>

					<%-- Written unescaped on purpose: SvgBarChart builds the SVG markup itself and escapes every label, title and description it writes --%>

					<%= questionView.getChart() %>

					<div class="table-responsive">
						<table class="table table-autofit">
							<caption><liferay-ui:message arguments="<%= HtmlUtil.escape(questionView.getTitle()) %>" key="answers-to-x" /></caption>
							<thead>
								<tr>
									<th scope="col"><liferay-ui:message key="results-csv-group" /></th>

									<%
									for (String columnLabel : questionView.getColumnLabels()) {
									%>

										<th class="text-right" scope="col"><%= HtmlUtil.escape(columnLabel) %></th>

									<%
									}
									%>

									<th class="text-right" scope="col"><liferay-ui:message key="results-csv-respondents" /></th>

									<c:if test="<%= questionView.hasMean() %>">
										<th class="text-right" scope="col"><liferay-ui:message key="results-csv-mean" /></th>
									</c:if>
								</tr>
							</thead>
							<tbody>

								<%
								for (SurveyResultsDisplayContext.TableRow tableRow : questionView.getRows()) {
								%>

									<tr>
										<th scope="row"><%= HtmlUtil.escape(tableRow.getLabel()) %></th>

										<%
										for (String count : tableRow.getCounts()) {
										%>

											<td class="text-right"><%= HtmlUtil.escape(count) %></td>

										<%
										}
										%>

										<td class="text-right"><%= HtmlUtil.escape(tableRow.getRespondents()) %></td>

										<c:if test="<%= questionView.hasMean() %>">
											<td class="text-right"><%= HtmlUtil.escape(tableRow.getMean()) %></td>
										</c:if>
									</tr>

								<%
								}
								%>

							</tbody>
						</table>
					</div>
				</section>

			<%
			}
			%>

		</c:otherwise>
	</c:choose>
</clay:container-fluid>
